using Linkage.Contracts.Events.Approval;
using Linkage.Kernel;
using Linkage.Messaging;
using Linkage.Supervision.Domain;
using Linkage.Supervision.Persistence;
using MassTransit;

namespace Linkage.Supervision.Messaging;

/// <summary>A department decided its task: the step is done, on time or not, and counted on the department's row.
/// The same decision sent again is already applied and changes nothing (decision 0525). The case and the step are read
/// without a lock, so the case's departments are applied side by side, each taking the case only for its turn (0666),
/// which they share while the sweep looks at the case next anyway (0691).</summary>
public sealed class DepartmentDecidedConsumer(SupervisionDbContext db) : InboxConsumer<DepartmentDecided, SupervisionDbContext>(db)
{
    protected override Guid? TurnOf(DepartmentDecided m) => m.CaseId;

    protected override async Task Handle(DepartmentDecided m, ConsumeContext<DepartmentDecided> context)
    {
        var ct = context.CancellationToken;
        var day = ChinaTime.ToLocalDate(m.DecidedAt);
        var @case = await ApprovalFacts.WatchedAsync(Db, m.CaseId, ct);
        if (StepOf(@case, m) is null) // the decision overtook the review's opening: the step goes in under the case lock
            @case = await Again(() => ApprovalFacts.WithStepsAsync(Db, m.CaseId, [(m.TaskId, m.DepartmentId, day)], ct));
        var read = StepOf(@case, m)!;
        if (!await ApprovalFacts.TakeTurnAsync(Db, m.CaseId, m.TaskId, read.Decision, read.DecidedAt, ct))
            @case = await Again(() => ApprovalFacts.WatchedAsync(Db, m.CaseId, ct));
        if (@case.DecideStep(m.TaskId, m.DepartmentId, m.Decision, m.DecidedAt) is { } decided)
            DailyCounts.AddStep(Db, @case, m.DepartmentId, day, decided);
    }

    private static SupervisedStep? StepOf(SupervisedCase @case, DepartmentDecided m) => @case.Steps.FirstOrDefault(s => s.TaskId == m.TaskId);

    private Task<SupervisedCase> Again(Func<Task<SupervisedCase>> read)
    {
        Db.ChangeTracker.Clear();
        return read();
    }
}
