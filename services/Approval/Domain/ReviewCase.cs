using Linkage.Approval.Domain.Rules;

namespace Linkage.Approval.Domain;

/// <summary>The review plan of one accepted case: its departments review in parallel (并联审批) and the case
/// concludes when the join rule says so. Decisions are taken with the case row locked (see ReviewCaseLock).</summary>
public sealed class ReviewCase
{
    private readonly List<ReviewTask> tasks = [];

    private ReviewCase() { }

    public Guid Id { get; private set; }
    public string CaseNumber { get; private set; } = "";
    public string MatterCode { get; private set; } = "";
    public string MatterName { get; private set; } = "";
    public string ImplementationCode { get; private set; } = "";
    public int ImplementationVersion { get; private set; }
    public string HandlingOrgUnitId { get; private set; } = "";
    public string HandlingDivision { get; private set; } = "";
    public string SubmittedAtOrgUnitId { get; private set; } = "";
    public string SubmittedAtDivision { get; private set; } = "";
    public Holder Holder { get; private set; } = null!;
    public DateTimeOffset AcceptedAt { get; private set; }
    public DateOnly AcceptedOn { get; private set; }
    public DateOnly DueDate { get; private set; }
    public DateTimeOffset OpenedAt { get; private set; }
    public ReviewCaseStatus Status { get; private set; }
    public DateTimeOffset? ConcludedAt { get; private set; }
    public IReadOnlyList<ReviewTask> Tasks => tasks;

    public static ReviewCase Open(AcceptedCase accepted, IReadOnlyList<PlannedDepartment> departments, DateTimeOffset now)
    {
        new ReviewPlanNeedsDepartmentsRule(departments).Check();
        var @case = new ReviewCase
        {
            Id = accepted.CaseId,
            CaseNumber = accepted.CaseNumber,
            MatterCode = accepted.MatterCode,
            MatterName = accepted.MatterName,
            ImplementationCode = accepted.ImplementationCode,
            ImplementationVersion = accepted.ImplementationVersion,
            HandlingOrgUnitId = accepted.HandlingOrgUnitId,
            HandlingDivision = accepted.HandlingDivision,
            SubmittedAtOrgUnitId = accepted.SubmittedAtOrgUnitId,
            SubmittedAtDivision = accepted.SubmittedAtDivision,
            Holder = accepted.Holder,
            AcceptedAt = accepted.AcceptedAt,
            AcceptedOn = accepted.AcceptedOn,
            DueDate = accepted.DueDate,
            OpenedAt = now,
            Status = ReviewCaseStatus.Open,
        };
        @case.tasks.AddRange(departments.Select(d => ReviewTask.Plan(@case.Id, d, now)));
        return @case;
    }

    /// <summary>Records one department's decision, then evaluates the join from the rows.</summary>
    public DecisionOutcome Decide(Guid taskId, DepartmentDecision decision, Reviewer reviewer, DateTimeOffset now)
    {
        var task = tasks.Single(t => t.Id == taskId);
        if (!new TaskMustBePendingRule(task).IsSatisfied) return new DecisionOutcome.AlreadyDecided(task);

        task.Record(decision, reviewer, now);
        if (Status != ReviewCaseStatus.Open) return new DecisionOutcome.Recorded(task, new JoinOutcome.Waiting());

        var join = ReviewJoin.Evaluate(tasks);
        if (join is not JoinOutcome.Waiting) Conclude(join, now);
        return new DecisionOutcome.Recorded(task, join);
    }

    private void Conclude(JoinOutcome join, DateTimeOffset now)
    {
        Status = join is JoinOutcome.Approved ? ReviewCaseStatus.Approved : ReviewCaseStatus.Rejected;
        ConcludedAt = now;
    }
}
