using Linkage.Approval.Domain;

namespace Linkage.Approval.Tests.Unit;

/// <summary>Review plans built in memory for the rule tests.</summary>
public static class Plans
{
    public static readonly DateTimeOffset Now = new(2025, 9, 1, 9, 0, 0, TimeSpan.FromHours(8));

    public static readonly Reviewer Reviewer = new("reviewer", "郑丽");

    public static ReviewCase Open(params string[] departments) => ReviewCase.Open(Accepted(), Departments(departments), Now);

    public static AcceptedCase Accepted() => new(Guid.NewGuid(), "350926100201-20250901-000001", "000121010000", "食品经营许可", "impl-1", 1,
        "ou-350926-centre", "350926000000", "ou-350926100201-station", "350926100201",
        new Holder("person", "陈美华", "350926********0020", "digest", null), Now, new DateOnly(2025, 9, 1), new DateOnly(2025, 9, 15));

    public static IReadOnlyList<PlannedDepartment> Departments(params string[] departments) =>
        departments.Select(d => new PlannedDepartment(d, d, 5, false, new DateOnly(2025, 9, 8))).ToList();

    public static Guid TaskOf(this ReviewCase plan, string department) => plan.Tasks.Single(t => t.DepartmentId == department).Id;

    public static DecisionOutcome Approve(this ReviewCase plan, string department) =>
        plan.Decide(plan.TaskOf(department), new DepartmentDecision(ReviewDecision.Approve, null, null), Reviewer, Now);

    public static DecisionOutcome Reject(this ReviewCase plan, string department, string reason = "场所不符合要求") =>
        plan.Decide(plan.TaskOf(department), new DepartmentDecision(ReviewDecision.Reject, reason, "《食品经营许可管理办法》第十一条"), Reviewer, Now);

    public static JoinOutcome JoinOf(this DecisionOutcome outcome) => Assert.IsType<DecisionOutcome.Recorded>(outcome).Join;
}
