using Linkage.Intake.Domain;
using Linkage.Intake.Features.SubmitCase;
using Microsoft.Extensions.Time.Testing;

namespace Linkage.Intake.Tests.Unit;

/// <summary>两单制 at the window: an acceptance slip or one notice listing everything missing; 容缺; online waits.</summary>
public sealed class TwoSlipDecisionTests
{
    private readonly TwoSlipDecision decision = new(new FakeTimeProvider(Cases.Monday));

    [Fact]
    public void Complete_materials_at_the_window_are_accepted_with_a_working_day_due_date()
    {
        var c = decision.Receive(Cases.Receipt(Channel.Window, ["application-form", "id-copy", "health-certificate"]), Cases.Entry(), null);
        Assert.Equal(CaseStatus.Accepted, c.Status);
        Assert.Equal(new DateOnly(2026, 3, 2), c.AcceptedOn);
        Assert.Equal(new DateOnly(2026, 3, 30), c.DueDate); // 20 working days: four full weeks
        Assert.Equal(Cases.Monday, c.NoticeIssuedAt);
    }

    [Fact]
    public void Missing_materials_get_one_notice_listing_all_of_them_but_not_the_optional_ones()
    {
        var c = decision.Receive(Cases.Receipt(Channel.Window, ["application-form"]), Cases.Entry(), null);
        Assert.Equal(CaseStatus.AwaitingMaterials, c.Status);
        Assert.Equal(["id-copy", "health-certificate"], c.MissingMaterials);
        Assert.Null(c.AcceptedAt);
    }

    [Fact]
    public void A_supply_date_accepts_with_the_missing_materials_deferred()
    {
        var c = decision.Receive(Cases.Receipt(Channel.Window, ["application-form", "id-copy"]), Cases.Entry(), new DateOnly(2026, 3, 9));
        Assert.Equal(CaseStatus.Accepted, c.Status);
        Assert.Equal(["health-certificate"], c.DeferredMaterials);
        Assert.Equal(new DateOnly(2026, 3, 9), c.SupplyBy);
    }

    [Fact]
    public void Online_applications_wait_for_a_clerk_with_what_is_missing_noted()
    {
        var c = decision.Receive(Cases.Receipt(Channel.Online, ["application-form"]), Cases.Entry(), null);
        Assert.Equal(CaseStatus.Received, c.Status);
        Assert.Equal(["id-copy", "health-certificate"], c.MissingMaterials);
        Assert.Null(c.NoticeIssuedAt);
    }

    [Fact]
    public void An_instant_matter_is_finished_at_the_window()
    {
        var c = decision.Receive(Cases.Receipt(Channel.Window, ["application-form", "id-copy", "health-certificate"], instant: true),
            Cases.Entry(instant: true), null);
        Assert.Equal(CaseStatus.Completed, c.Status);
        Assert.Equal("instant", c.Outcome);
        Assert.Equal(c.AcceptedOn, c.DueDate);
    }

    [Theory]
    [InlineData(new[] { "application-form", "id-copy" }, "2026-03-09", false, null)]
    [InlineData(new[] { "application-form", "id-copy" }, "2026-03-09", true, "bad-credit")]
    [InlineData(new[] { "application-form", "id-copy", "health-certificate" }, "2026-03-09", false, "Nothing is missing")]
    [InlineData(new[] { "application-form" }, "2026-03-09", false, "Main materials are missing (id-copy)")]
    [InlineData(new[] { "application-form", "id-copy" }, "2026-03-02", false, "after today")]
    [InlineData(new[] { "application-form", "id-copy" }, "2026-03-31", false, "no later than the committed limit (2026-03-30)")]
    public void Deferral_needs_main_materials_a_date_within_the_limit_and_good_credit(
        string[] submitted, string supplyBy, bool badCredit, string? violation)
    {
        var rule = decision.Deferral(Cases.Entry(), submitted, DateOnly.Parse(supplyBy), badCredit);
        Assert.Equal(violation is not null, rule.IsBroken());
        Assert.Equal("supplyBy", rule.Field);
        if (violation is not null) Assert.Contains(violation, rule.Message);
    }
}
