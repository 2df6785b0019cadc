using Linkage.Fees.Domain;
using Linkage.Fees.Features.Shared;

namespace Linkage.Fees.Tests.Unit;

public sealed class FeeAssessmentTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 3, 9, 0, 0, TimeSpan.FromHours(8));

    private static FeeAssessment Fee() => FeeAssessment.Assess(
        new AssessedCase(Guid.NewGuid(), "N-1", "M", "事项", "ou", "350926000000", "dep", "digest"),
        [new FeeLine("证照工本费", "发改价格〔2019〕1号", 1_999, 1_999), new FeeLine("登记费", "财税〔2016〕1号", 10_000, 10_000)], Now);

    [Fact]
    public void A_reduction_keeps_whole_fen_rounded_down_in_the_applicants_favour()
    {
        var fee = Fee();
        fee.Relieve(0, ReliefKind.Reduction, 50, "小微企业减半");
        Assert.Equal(999, fee.Lines[0].DueFen);
        Assert.Equal(10_999, fee.DueFen);
        Assert.Equal("reduction-50", fee.Lines[0].Relief);
    }

    [Fact]
    public void Exempting_every_item_leaves_nothing_due_and_the_fee_free()
    {
        var fee = Fee();
        fee.Relieve(0, ReliefKind.Exemption, 100, "困难群众免征");
        fee.Relieve(1, ReliefKind.Exemption, 100, "困难群众免征");
        Assert.Equal(FeeStatus.Free, fee.Status);
        Assert.True(fee.Settled);
    }

    [Fact]
    public void Intake_is_told_once_and_only_when_the_case_is_approved_and_settled()
    {
        var fee = Fee();
        fee.Pay(11_999);
        Assert.False(fee.Clear(Now));            // paid, not approved yet
        fee.Approve(Now);
        Assert.True(fee.Clear(Now));
        Assert.False(fee.Clear(Now));            // once
    }

    [Fact]
    public void Only_an_entry_that_lists_a_fee_has_intake_told_and_relief_to_nothing_keeps_it_listed()
    {
        var free = FeeAssessment.Assess(new AssessedCase(Guid.NewGuid(), "N-2", "M", "事项", "ou", "350926000000", "dep", "digest"), [], Now);
        free.Approve(Now);
        Assert.True(free.Clear(Now)); // cleared all the same; FeeClearance sends nothing for it (0772)
        Assert.False(free.ListsFees);
        var relieved = Fee();
        relieved.Relieve(0, ReliefKind.Exemption, 100, "困难群众免征");
        relieved.Relieve(1, ReliefKind.Exemption, 100, "困难群众免征");
        Assert.Equal(FeeStatus.Free, relieved.Status);
        Assert.True(relieved.ListsFees);
    }

    [Fact]
    public void A_refund_reopens_what_is_outstanding_and_a_waiver_settles_without_payment()
    {
        var fee = Fee();
        fee.Pay(11_999);
        fee.Refund(2_000);
        Assert.Equal(2_000, fee.OutstandingFen);
        Assert.Equal(FeeStatus.Due, fee.Status);

        var waived = Fee();
        waived.Approve(Now);
        waived.Waive("家庭经济困难，经窗口负责人批准免收", "clerk");
        Assert.Equal(FeeStatus.Waived, waived.Status);
        Assert.True(waived.Clear(Now));
    }

    [Theory]
    [InlineData(0, "0.00元")]
    [InlineData(5, "0.05元")]
    [InlineData(12_345, "123.45元")]
    [InlineData(-200, "-2.00元")]
    public void Fen_print_as_yuan(long fen, string text) => Assert.Equal(text, Yuan.Text(fen));
}
