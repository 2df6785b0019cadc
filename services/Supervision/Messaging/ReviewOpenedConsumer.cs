using Linkage.Contracts.Events.Approval;
using Linkage.Kernel;
using Linkage.Messaging;
using Linkage.Supervision.Domain;
using Linkage.Supervision.Persistence;
using MassTransit;

namespace Linkage.Supervision.Messaging;

/// <summary>部门审查开始: each department's task and its deadline becomes a supervised step, and the departments
/// may read the case here (decision 0300); each task is received on its department's row (decision 0521). The reviews
/// waiting on the queue are applied together (decision 0805): their departments in one statement, their next checks and
/// steps in one round trip before the round, without a case lock held across it (<see cref="ApprovalFacts.OpenedAsync"/>,
/// 0644), their cases read in one, then the timeline entries, tallies and inbox rows in one save. A review that overtook its case's
/// acceptance fails the round, which then goes one by one, the others first, and only that review waits (0413, 0662, 0814).</summary>
public sealed class ReviewOpenedConsumer(SupervisionDbContext db) : InboxBatchConsumer<ReviewOpened, SupervisionDbContext>(db)
{
    private Dictionary<Guid, SupervisedCase> cases = [];

    protected override Guid? TurnOf(ReviewOpened m) => m.CaseId;

    protected override async Task Prepare(IReadOnlyList<ReviewOpened> messages, CancellationToken ct)
    {
        await CaseDepartments.ProjectAsync(Db, messages.Select(m => (m.CaseId, m.DepartmentIds.AsEnumerable())), ct);
        cases = await ApprovalFacts.OpenedAsync(Db, [.. messages.Select(m => (m.CaseId, Tasks(m)))], ct);
    }

    protected override Task Handle(ReviewOpened m, ConsumeContext<ReviewOpened> context)
    {
        if (!cases.TryGetValue(m.CaseId, out var @case))
            throw new EventOvertakenException($"Case {m.CaseId} is not watched yet; its acceptance has not arrived.");
        var tasks = Tasks(m);
        @case.OpenReview(tasks, m.OpenedAt);
        foreach (var task in tasks)
            DailyCounts.AddStep(Db, @case, task.DepartmentId, ChinaTime.ToLocalDate(m.OpenedAt), Tally.TaskOpened);
        return Task.CompletedTask;
    }

    private static IReadOnlyList<(Guid TaskId, string DepartmentId, DateOnly Deadline)> Tasks(ReviewOpened m) =>
        [.. (m.Tasks ?? []).Select(t => (t.TaskId, t.DepartmentId, t.Deadline))];
}
