using Linkage.Approval.Domain;
using Linkage.Approval.Features.DecideTask;

namespace Linkage.Approval.Tests.Unit;

public sealed class DecisionValidatorTests
{
    [Fact]
    public void Reject_without_reason_names_reason()
    {
        var (decision, errors) = DecisionValidator.Validate(new DecisionRequest("reject", " ", null));

        Assert.Null(decision);
        Assert.Equal(["reason"], errors.ToDictionary().Keys);
    }

    [Fact]
    public void An_unknown_decision_names_decision()
    {
        var (decision, errors) = DecisionValidator.Validate(new DecisionRequest("maybe", null, null));

        Assert.Null(decision);
        Assert.Equal(["decision"], errors.ToDictionary().Keys);
    }

    [Fact]
    public void An_approval_needs_no_reason_and_text_is_trimmed()
    {
        var (decision, _) = DecisionValidator.Validate(new DecisionRequest("approve", null, "  《行政许可法》第三十八条 "));

        Assert.Equal(new DepartmentDecision(ReviewDecision.Approve, null, "《行政许可法》第三十八条"), decision);
    }

    [Fact]
    public void Overlong_text_is_refused()
    {
        var (decision, errors) = DecisionValidator.Validate(
            new DecisionRequest("reject", new string('理', DecisionValidator.MaxReason + 1), new string('法', DecisionValidator.MaxLegalBasis + 1)));

        Assert.Null(decision);
        Assert.Equal(new[] { "legalBasis", "reason" }, errors.ToDictionary().Keys.Order());
    }
}
