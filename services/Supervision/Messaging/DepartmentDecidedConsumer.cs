using Linkage.Contracts.Events.Approval;
using Linkage.Kernel;
using Linkage.Messaging;
using Linkage.Supervision.Domain;
using Linkage.Supervision.Persistence;
using MassTransit;

namespace Linkage.Supervision.Messaging;

/// <summary>A department decided its task: the step is done, on time or not, and counted on the department's row.
/// The decisions waiting on the queue are applied together in one transaction (decision 0843): their turn on the cases
/// and their steps in one round trip (<see cref="DecisionTurns"/>), the cases read in one, then the steps, timeline
/// entries and tallies in one save (the round's inbox rows go ahead of all of it). The same decision sent again, in
/// the round or after it, is already applied and changes nothing (0525). A decision whose case is not watched yet fails
/// the round, which then goes one by one, the others first, and only that decision waits (0413, 0814).</summary>
public sealed class DepartmentDecidedConsumer(SupervisionDbContext db) : InboxBatchConsumer<DepartmentDecided, SupervisionDbContext>(db)
{
    private Dictionary<Guid, SupervisedCase> cases = [];

    protected override Guid? TurnOf(DepartmentDecided m) => m.CaseId;

    protected override bool AppliesInTransaction => true;

    protected override async Task Prepare(IReadOnlyList<DepartmentDecided> messages, CancellationToken ct) =>
        cases = await DecisionTurns.TakeAsync(Db, [.. messages.Select(m => (m.CaseId, m.TaskId, m.DepartmentId, Day(m)))], ct);

    protected override Task Handle(DepartmentDecided m, ConsumeContext<DepartmentDecided> context)
    {
        if (!cases.TryGetValue(m.CaseId, out var @case))
            throw new EventOvertakenException($"Case {m.CaseId} is not watched yet; its acceptance has not arrived.");
        if (@case.DecideStep(m.TaskId, m.DepartmentId, m.Decision, m.DecidedAt) is { } decided)
            DailyCounts.AddStep(Db, @case, m.DepartmentId, Day(m), decided);
        return Task.CompletedTask;
    }

    private static DateOnly Day(DepartmentDecided m) => ChinaTime.ToLocalDate(m.DecidedAt);
}
