using Linkage.Approval.Domain;
using Linkage.Approval.Domain.Policies;
using Linkage.Approval.Domain.Rules;

namespace Linkage.Approval.Tests.Unit;

public sealed class JoinRuleTests
{
    [Fact]
    public void All_departments_approved_needs_every_row_approved()
    {
        var plan = Plans.Open("scjg", "wsjk");
        var rule = new AllDepartmentsApprovedPolicy();

        Assert.False(rule.IsSatisfiedBy(plan.Tasks.ToList()));
        plan.Approve("scjg");
        Assert.False(rule.IsSatisfiedBy(plan.Tasks.ToList()));
        plan.Approve("wsjk");
        Assert.True(rule.IsSatisfiedBy(plan.Tasks.ToList()));
    }

    [Fact]
    public void An_empty_plan_is_neither_approved_nor_decided()
    {
        Assert.False(new AllDepartmentsApprovedPolicy().IsSatisfiedBy([]));
        Assert.False(new AllDepartmentsDecidedPolicy().IsSatisfiedBy([]));
    }

    [Fact]
    public void A_rejected_row_counts_as_decided_but_not_approved()
    {
        var plan = Plans.Open("scjg");
        plan.Reject("scjg");

        Assert.True(new AllDepartmentsDecidedPolicy().IsSatisfiedBy(plan.Tasks.ToList()));
        Assert.False(new AllDepartmentsApprovedPolicy().IsSatisfiedBy(plan.Tasks.ToList()));
    }

    [Fact]
    public void A_plan_without_departments_or_with_one_twice_is_refused()
    {
        Assert.Throws<InvalidOperationException>(() => Plans.Open());
        Assert.Throws<InvalidOperationException>(() => Plans.Open("scjg", "scjg"));
    }

    [Theory]
    [InlineData(ReviewDecision.Reject, null, true)]
    [InlineData(ReviewDecision.Reject, "  ", true)]
    [InlineData(ReviewDecision.Reject, "材料不实", false)]
    [InlineData(ReviewDecision.Approve, null, false)]
    public void A_rejection_needs_a_reason(ReviewDecision decision, string? reason, bool broken) =>
        Assert.Equal(broken, new RejectionNeedsReasonRule(decision, reason).IsBroken());
}
