using Linkage.Contracts.Events.Approval;
using Linkage.Kernel;
using Linkage.Messaging;
using Linkage.Supervision.Domain;
using Linkage.Supervision.Persistence;
using MassTransit;

namespace Linkage.Supervision.Messaging;

/// <summary>部门审查开始: each department's task and its deadline becomes a supervised step, and the departments
/// may read the case here (decision 0300); each task is received on its department's row (decision 0521).</summary>
public sealed class ReviewOpenedConsumer(SupervisionDbContext db) : InboxConsumer<ReviewOpened, SupervisionDbContext>(db)
{
    protected override Guid? TurnOf(ReviewOpened m) => m.CaseId;

    /// <summary>No case lock: the steps and the case's next check go in one statement of their own first
    /// (<see cref="ApprovalFacts.OpenedAsync"/>); the timeline entry, the tallies and the inbox row follow in one batch (0644).</summary>
    protected override bool AppliesInOneBatch => true;

    protected override async Task Handle(ReviewOpened m, ConsumeContext<ReviewOpened> context)
    {
        await CaseDepartments.ProjectAsync(Db, m.CaseId, m.DepartmentIds, context.CancellationToken);
        var tasks = (m.Tasks ?? []).Select(t => (t.TaskId, t.DepartmentId, t.Deadline)).ToList();
        var @case = await ApprovalFacts.OpenedAsync(Db, m.CaseId, tasks, context.CancellationToken);
        @case.OpenReview(tasks, m.OpenedAt);
        foreach (var task in m.Tasks ?? [])
            DailyCounts.AddStep(Db, @case, task.DepartmentId, ChinaTime.ToLocalDate(m.OpenedAt), Tally.TaskOpened);
    }
}
