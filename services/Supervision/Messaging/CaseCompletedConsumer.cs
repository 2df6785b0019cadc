using Linkage.Contracts.Events.Intake;
using Linkage.Messaging;
using Linkage.Supervision.Persistence;
using MassTransit;

namespace Linkage.Supervision.Messaging;

/// <summary>办结: on time or overdue, early or not, on site or not. Instant cases arrive here without an acceptance. The
/// completions waiting on the queue are applied as one round in one transaction, their cases taken, completed and
/// written back together at its end (<see cref="CaseCompletions"/>, decision 0690).</summary>
public sealed class CaseCompletedConsumer(SupervisionDbContext db) : InboxBatchConsumer<CaseCompleted, SupervisionDbContext>(db)
{
    protected override Guid? TurnOf(CaseCompleted m) => m.CaseId;

    private readonly CaseCompletions completions = new();

    protected override bool AppliesInTransaction => true;

    protected override Task Prepare(IReadOnlyList<CaseCompleted> messages, CancellationToken ct)
    {
        completions.Clear();
        return Task.CompletedTask;
    }

    protected override Task Handle(CaseCompleted m, ConsumeContext<CaseCompleted> context)
    {
        completions.Add(m);
        return Task.CompletedTask;
    }

    protected override Task Conclude(CancellationToken ct) => completions.ApplyAsync(Db, ct);
}
