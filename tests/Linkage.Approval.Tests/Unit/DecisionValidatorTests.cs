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

        Assert.Equal(new ReviewCommand.Decide(new DepartmentDecision(ReviewDecision.Approve, null, "《行政许可法》第三十八条")), decision);
    }

    [Fact]
    public void Overlong_text_is_refused()
    {
        var (decision, errors) = DecisionValidator.Validate(
            new DecisionRequest("reject", new string('理', DecisionValidator.MaxReason + 1), new string('法', DecisionValidator.MaxLegalBasis + 1)));

        Assert.Null(decision);
        Assert.Equal(new[] { "legalBasis", "reason" }, errors.ToDictionary().Keys.Order());
    }

    [Fact]
    public void A_supplement_request_names_each_bad_material()
    {
        var (command, errors) = DecisionValidator.Validate(new DecisionRequest("request-supplement", "缺少健康证明", null,
            [new MaterialItem("M01", "从业人员健康证明"), new MaterialItem(" ", null)]));

        Assert.Null(command);
        Assert.Equal(new[] { "materials[1].code", "materials[1].name" }, errors.ToDictionary().Keys.Order());
    }

    [Fact]
    public void A_special_procedure_needs_its_kind_and_written_notice()
    {
        var (command, errors) = DecisionValidator.Validate(new DecisionRequest("start-special-procedure", null, null, Procedure: "picnic"));

        Assert.Null(command);
        Assert.Equal(new[] { "notice", "procedure" }, errors.ToDictionary().Keys.Order());
        var (ok, _) = DecisionValidator.Validate(new DecisionRequest("start-special-procedure", null, null, Procedure: "expert-review", Notice: "专家评审通知书"));
        Assert.Equal(new ReviewCommand.StartSpecialProcedure(SpecialProcedure.ExpertReview, "专家评审通知书"), ok);
    }

    [Fact]
    public void An_extension_needs_positive_days_and_a_reason()
    {
        var (command, errors) = DecisionValidator.Validate(new DecisionRequest("extend", null, null, WorkingDays: 0));

        Assert.Null(command);
        Assert.Equal(new[] { "reason", "workingDays" }, errors.ToDictionary().Keys.Order());
    }
}
