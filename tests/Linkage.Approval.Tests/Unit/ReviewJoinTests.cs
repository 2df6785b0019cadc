using Linkage.Approval.Domain;

namespace Linkage.Approval.Tests.Unit;

public sealed class ReviewJoinTests
{
    [Fact]
    public void The_case_waits_while_any_department_is_still_reviewing()
    {
        var plan = Plans.Open("scjg", "wsjk", "zjj");

        Assert.IsType<JoinOutcome.Waiting>(plan.Approve("scjg").JoinOf());
        Assert.IsType<JoinOutcome.Waiting>(plan.Approve("wsjk").JoinOf());
        Assert.Equal(ReviewCaseStatus.Open, plan.Status);
    }

    [Fact]
    public void The_last_approval_approves_the_case()
    {
        var plan = Plans.Open("scjg", "wsjk");
        plan.Approve("wsjk");

        Assert.IsType<JoinOutcome.Approved>(plan.Approve("scjg").JoinOf());
        Assert.Equal(ReviewCaseStatus.Approved, plan.Status);
        Assert.Equal(Plans.Now, plan.ConcludedAt);
    }

    [Fact]
    public void A_rejection_waits_for_the_other_departments_then_rejects_with_every_reason()
    {
        var plan = Plans.Open("scjg", "wsjk", "zjj");

        Assert.IsType<JoinOutcome.Waiting>(plan.Reject("wsjk", "健康证明过期").JoinOf());
        Assert.IsType<JoinOutcome.Waiting>(plan.Reject("scjg", "场所面积不足").JoinOf());
        var rejected = Assert.IsType<JoinOutcome.Rejected>(plan.Approve("zjj").JoinOf());

        Assert.Equal(ReviewCaseStatus.Rejected, plan.Status);
        Assert.Equal(["scjg", "wsjk"], rejected.Reasons.Select(r => r.DepartmentId));
        Assert.Equal(["场所面积不足", "健康证明过期"], rejected.Reasons.Select(r => r.Reason));
        Assert.All(rejected.Reasons, r => Assert.NotNull(r.LegalBasis));
    }

    [Fact]
    public void A_second_decision_on_a_closed_task_changes_nothing()
    {
        var plan = Plans.Open("scjg", "wsjk");
        plan.Approve("scjg");

        var second = plan.Reject("scjg");

        Assert.IsType<DecisionOutcome.AlreadyDecided>(second);
        Assert.Equal(ReviewTaskStatus.Approved, second.Task.Status);
        Assert.Null(second.Task.Reason);
    }

    [Fact]
    public void The_join_fires_exactly_once_whatever_the_order_of_decisions()
    {
        var departments = new[] { "a", "b", "c", "d" };
        foreach (var order in Permutations(departments))
        {
            var plan = Plans.Open(departments);
            var outcomes = order.Select(d => plan.Approve(d)).Concat(order.Select(d => plan.Approve(d))).ToList();

            Assert.Single(outcomes.OfType<DecisionOutcome.Recorded>(), o => o.Join is not JoinOutcome.Waiting);
            Assert.Equal(departments.Length, outcomes.OfType<DecisionOutcome.AlreadyDecided>().Count());
        }
    }

    private static IEnumerable<string[]> Permutations(string[] items) => items.Length <= 1
        ? [items]
        : items.SelectMany(first => Permutations(items.Where(i => i != first).ToArray()).Select(rest => new[] { first }.Concat(rest).ToArray()));
}
