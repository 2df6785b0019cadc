using Linkage.Approval.Domain.Rules;

namespace Linkage.Approval.Domain;

/// <summary>The review plan of one accepted case: its departments review in parallel (并联审批) and the case
/// concludes when the join rule says so. Decisions and actions take the case row's locks (see ReviewCaseLock).</summary>
public sealed partial class ReviewCase
{
    private readonly List<ReviewTask> tasks = [];
    private readonly List<TimelineEntry> timeline = [];

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
    public int Quorum { get; private set; }
    public bool FinalSignOff { get; private set; }
    public IReadOnlyList<ReviewTask> Tasks => tasks;

    /// <summary>Entries added in this unit of work (the stored timeline is read on its own).</summary>
    public IReadOnlyList<TimelineEntry> Timeline => timeline;

    public static ReviewCase Open(
        AcceptedCase accepted, IReadOnlyList<PlannedDepartment> departments, DateTimeOffset now, ReviewRules? rules = null)
    {
        new ReviewPlanNeedsDepartmentsRule(departments, accepted.Legs).Check();
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
            Quorum = Math.Clamp(rules?.Quorum ?? 0, 0, departments.Count),
            FinalSignOff = rules?.FinalSignOff ?? false,
            Legs = accepted.Legs ?? [],
            MergedLicence = accepted.MergedLicence,
        };
        @case.tasks.AddRange(departments.Select(d => ReviewTask.Plan(@case.Id, d, now)));
        @case.Record(now, "opened", null, null, string.Join(", ", departments.Select(d => $"{LegPrefix(d.LegCode)}{d.DepartmentId} until {d.Deadline:yyyy-MM-dd}")));
        return @case;
    }

    /// <summary>Records one department's decision, then evaluates the join from the rows.</summary>
    public DecisionOutcome Decide(Guid taskId, DepartmentDecision decision, Reviewer reviewer, DateTimeOffset now)
    {
        var task = tasks.Single(t => t.Id == taskId);
        if (new TaskMustBePendingRule(task).IsBroken()) return new DecisionOutcome.AlreadyDecided(task);
        if (new ClockMustRunRule(this).BlocksDecisionOn(task)) return new DecisionOutcome.ClockStopped(task);

        task.Record(decision, reviewer, now);
        RecordFor(now, decision.Decision == ReviewDecision.Approve ? "approved" : "rejected", task, reviewer.Name,
            decision.Reason);
        if (Status != ReviewCaseStatus.Open) return new DecisionOutcome.Recorded(task, new JoinOutcome.Waiting());

        return new DecisionOutcome.Recorded(task, Join(now));
    }

    /// <summary>The join again, on the rows read after a decision that found departments pending took the case row at
    /// its end (decision 0650): concludes when none is pending any more, at the time of that decision.</summary>
    public JoinOutcome Rejoin(DateTimeOffset decidedAt) =>
        Status == ReviewCaseStatus.Open ? Join(decidedAt) : new JoinOutcome.Waiting();

    private JoinOutcome Join(DateTimeOffset now)
    {
        var join = Legs.Count == 0 ? ReviewJoin.Evaluate(tasks, Quorum) : ReviewJoin.EvaluateLegs(tasks, Legs);
        if (join is JoinOutcome.Approved && FinalSignOff) join = new JoinOutcome.AwaitingSignOff();
        if (join is not JoinOutcome.Waiting) Conclude(join, now);
        return join;
    }

    private void Conclude(JoinOutcome join, DateTimeOffset now)
    {
        Status = join switch
        {
            JoinOutcome.Approved => ReviewCaseStatus.Approved,
            JoinOutcome.AwaitingSignOff => ReviewCaseStatus.AwaitingSignOff,
            _ => ReviewCaseStatus.Rejected,
        };
        if (Status != ReviewCaseStatus.AwaitingSignOff) ConcludedAt = now;
        Record(now, "case-" + Status switch
        {
            ReviewCaseStatus.AwaitingSignOff => "awaiting-sign-off",
            _ => Status.ToString().ToLowerInvariant(),
        }, null, null, null);
    }

    internal void Record(DateTimeOffset at, string kind, string? departmentId, string? actor, string? detail) =>
        timeline.Add(TimelineEntry.Of(Id, at, kind, departmentId, actor, detail));

    internal void RecordFor(DateTimeOffset at, string kind, ReviewTask task, string? actor, string? detail) =>
        timeline.Add(TimelineEntry.Of(Id, at, kind, task.DepartmentId, actor, detail, task.LegCode));
}
