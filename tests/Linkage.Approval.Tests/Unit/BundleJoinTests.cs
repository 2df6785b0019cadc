using Linkage.Approval.Domain;
using Linkage.Kernel;

namespace Linkage.Approval.Tests.Unit;

/// <summary>A one-thing plan in memory: leg "food" reviewed by scjg and wsjk (N-of-M: 1 of 2), leg "trade" by scjg.</summary>
public sealed class BundleJoinTests
{
    private static readonly DateOnly FoodDeadline = new(2025, 9, 15);
    private static readonly DateOnly TradeDeadline = new(2025, 9, 2);

    private static ReviewCase Open(int foodQuorum = 0) => ReviewCase.Open(
        Plans.Accepted() with
        {
            Legs =
            [
                new("food", 1, "000121010000", "食品经营许可", FoodDeadline, foodQuorum),
                new("trade", 1, "000122002000", "个体工商户登记", TradeDeadline, 0),
            ],
        },
        [
            new("scjg", "市场监管", 8, true, new DateOnly(2025, 9, 11), "food"), new("wsjk", "卫生健康", 8, false, new DateOnly(2025, 9, 11), "food"),
            new("scjg", "市场监管", 1, true, TradeDeadline, "trade"),
        ],
        Plans.Now);

    private static DecisionOutcome Decide(ReviewCase plan, string leg, string department, bool approve) => plan.Decide(
        plan.Tasks.Single(t => t.LegCode == leg && t.DepartmentId == department).Id,
        new DepartmentDecision(approve ? ReviewDecision.Approve : ReviewDecision.Reject, approve ? null : $"{leg} 不符合", null),
        Plans.Reviewer, Plans.Now);

    [Fact]
    public void The_same_department_in_two_legs_gets_two_tasks_and_the_case_waits_for_every_leg()
    {
        var plan = Open();
        Assert.Equal(2, plan.Tasks.Count(t => t.DepartmentId == "scjg"));

        Assert.IsType<JoinOutcome.Waiting>(Decide(plan, "food", "scjg", true).JoinOf());
        Assert.IsType<JoinOutcome.Waiting>(Decide(plan, "food", "wsjk", true).JoinOf());
        Assert.IsType<JoinOutcome.Approved>(plan.JoinOf(plan.Legs[0]));
        Assert.IsType<JoinOutcome.Approved>(Decide(plan, "trade", "scjg", true).JoinOf());
        Assert.Equal(ReviewCaseStatus.Approved, plan.Status);
    }

    [Fact]
    public void A_leg_joins_by_its_own_quorum_and_a_rejected_leg_rejects_the_case_with_reasons_per_leg()
    {
        var plan = Open(foodQuorum: 1);
        Decide(plan, "food", "scjg", true);
        Decide(plan, "food", "wsjk", false);
        Assert.IsType<JoinOutcome.Approved>(plan.JoinOf(plan.Legs[0]));

        var join = Assert.IsType<JoinOutcome.Rejected>(Decide(plan, "trade", "scjg", false).JoinOf());

        Assert.Equal([("food", "wsjk"), ("trade", "scjg")], join.Reasons.Select(r => (r.LegCode, r.DepartmentId)).ToList());
        Assert.Equal(ReviewCaseStatus.Rejected, plan.Status);
    }

    [Fact]
    public void A_clock_stop_holds_the_whole_case_and_moves_every_legs_deadline()
    {
        var plan = Open();
        plan.Apply(plan.Tasks.First(t => t.LegCode == "trade").Id,
            new ReviewCommand.RequestSupplement("缺少场所证明", [new("premises-proof", "经营场所使用证明")]),
            Plans.Reviewer, WorkingDayCalendar.China, Plans.Now);

        plan.ResumeClock(WorkingDayCalendar.China, Plans.Now.AddDays(7));

        Assert.Equal([new DateOnly(2025, 9, 22), new DateOnly(2025, 9, 9)], plan.Legs.Select(l => l.Deadline).ToList());
        Assert.All(plan.Tasks, t => Assert.Equal(5, WorkingDayCalendar.China.WorkingDaysBetween(
            t.LegCode == "trade" && t.DepartmentId == "scjg" ? TradeDeadline : new DateOnly(2025, 9, 11), t.Deadline)));
    }
}
