using Linkage.Intake.Domain;

namespace Linkage.Intake.Tests.Unit;

/// <summary>The case's own rules: supplies, Art. 32, 补正, completion, and the changes it hands to the save path.</summary>
public sealed class IntakeCaseTests
{
    [Fact]
    public void A_received_case_hands_over_its_receipt_once()
    {
        var c = IntakeCase.Receive(Cases.Receipt(Channel.Online, ["application-form"]), Cases.Monday);
        Assert.IsType<CaseChange.Received>(Assert.Single(c.TakeChanges()));
        Assert.Empty(c.TakeChanges());
    }

    [Fact]
    public void A_notice_answered_in_part_keeps_waiting_and_announces_nothing()
    {
        var c = IntakeCase.Receive(Cases.Receipt(Channel.Window, []), Cases.Monday);
        c.RequestMaterials(["id-copy", "health-certificate"], Cases.Monday);
        _ = c.TakeChanges();

        c.Supply(["id-copy"], Cases.Monday.AddDays(1), new DateOnly(2026, 3, 3));
        Assert.Equal(CaseStatus.AwaitingMaterials, c.Status);
        Assert.Equal(["health-certificate"], c.MissingMaterials);
        Assert.Empty(c.TakeChanges());
    }

    [Fact]
    public void A_notice_answered_in_full_accepts_with_the_clock_from_that_day()
    {
        var c = IntakeCase.Receive(Cases.Receipt(Channel.Window, []), Cases.Monday);
        c.RequestMaterials(["id-copy"], Cases.Monday);
        _ = c.TakeChanges();

        c.Supply(["id-copy"], Cases.Monday.AddDays(2), new DateOnly(2026, 3, 4));
        Assert.Equal(CaseStatus.Accepted, c.Status);
        Assert.Equal(new DateOnly(2026, 3, 4), c.AcceptedOn);
        Assert.Contains(c.TakeChanges(), x => x is CaseChange.Moved);
    }

    [Fact]
    public void A_supplement_answered_in_full_resumes_review_and_tells_approval_what_came()
    {
        var c = Cases.Accepted();
        Assert.True(c.RequestSupplement(["id-copy"], "unreadable", Cases.Monday));
        Assert.Empty(c.TakeChanges()); // not forwarded: nobody else to tell

        var at = Cases.Monday.AddDays(1);
        c.Supply(["id-copy"], at, new DateOnly(2026, 3, 3));
        Assert.Equal(CaseStatus.Accepted, c.Status);
        Assert.Null(c.SupplementReason);
        var supplied = Assert.IsType<CaseChange.Supplied>(Assert.Single(c.TakeChanges()));
        Assert.Equal(["id-copy"], supplied.Codes);
        Assert.Equal(at, supplied.At);
    }

    [Fact]
    public void Only_a_case_under_review_can_be_asked_for_a_supplement()
    {
        var c = IntakeCase.Receive(Cases.Receipt(Channel.Online, []), Cases.Monday);
        c.AwaitCheck([]);
        Assert.False(c.RequestSupplement(["id-copy"], "unreadable", Cases.Monday));
        Assert.Equal(CaseStatus.Received, c.Status);
    }

    [Fact]
    public void Without_a_notice_a_case_counts_as_accepted_from_its_receipt_date()
    {
        var c = IntakeCase.Receive(Cases.Receipt(Channel.Online, []), Cases.Monday);
        c.AwaitCheck([]);
        c.DeemAccepted(Cases.Monday.AddDays(10));
        Assert.True(c.DeemedAccepted);
        Assert.Equal(new DateOnly(2026, 3, 2), c.AcceptedOn);
        Assert.Equal(new DateOnly(2026, 3, 30), c.DueDate);
    }

    [Fact]
    public void A_forwarded_case_completed_by_review_tells_its_station_once()
    {
        var c = Cases.Accepted(forwarded: true);
        Assert.NotNull(c.ForwardedAt);
        var at = Cases.Monday.AddDays(5);

        Assert.True(c.Complete("approved", at));
        Assert.False(c.Complete("approved", at));
        var told = Assert.Single(c.TakeChanges().OfType<CaseChange.StationTold>());
        Assert.Equal(("completed", at), (told.Status, told.At));
    }

    [Fact]
    public void A_forwarded_case_terminated_where_it_arrived_tells_its_station_and_the_stations_own_copy_tells_nobody()
    {
        var at = Cases.Monday.AddDays(9);
        var station = Cases.Accepted(forwarded: true);
        station.Terminate(at);
        Assert.DoesNotContain(station.TakeChanges(), x => x is CaseChange.StationTold);

        var competent = Cases.Accepted(forwarded: true);
        Assert.True(competent.MarkArrived(Cases.Monday));
        competent.Terminate(at);
        var told = Assert.Single(competent.TakeChanges().OfType<CaseChange.StationTold>());
        Assert.Equal(("terminated", at), (told.Status, told.At));
    }

    [Fact]
    public void A_case_completed_where_it_was_taken_tells_no_station()
    {
        var c = Cases.Accepted();
        Assert.True(c.Complete("rejected", Cases.Monday.AddDays(5)));
        Assert.Equal(CaseStatus.Completed, c.Status);
        Assert.DoesNotContain(c.TakeChanges(), x => x is CaseChange.StationTold);
    }

    [Fact]
    public void Deferred_materials_supplied_in_full_clear_the_supply_date()
    {
        var c = IntakeCase.Receive(Cases.Receipt(Channel.Window, ["application-form", "id-copy"]), Cases.Monday);
        c.AcceptDeferred(Cases.Monday, new DateOnly(2026, 3, 2), new DeferredSupply(["health-certificate"], new DateOnly(2026, 3, 9)));
        c.Supply(["health-certificate"], Cases.Monday.AddDays(1), new DateOnly(2026, 3, 3));
        Assert.Empty(c.DeferredMaterials);
        Assert.Null(c.SupplyBy);
        Assert.Equal(CaseStatus.Accepted, c.Status);
    }

    [Theory]
    [InlineData(5, false, "2026-03-09")]
    [InlineData(5, true, "2026-03-07")]
    [InlineData(0, false, "2026-03-02")]
    public void The_committed_limit_counts_working_or_calendar_days(int amount, bool calendarDays, string due) =>
        Assert.Equal(DateOnly.Parse(due), new TimeLimitTerms(amount, calendarDays, false).DueFrom(new DateOnly(2026, 3, 2)));
}
