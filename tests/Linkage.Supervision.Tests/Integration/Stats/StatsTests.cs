using System.Net;
using Linkage.Contracts.Events.Intake;
using static Linkage.Supervision.Tests.IntakeEvents;

namespace Linkage.Supervision.Tests;

/// <summary>September 2025 in one town of the county (its own subtree, so other tests do not disturb the counts).</summary>
public sealed class StatsTests(SupervisionHostFixture fixture) : IClassFixture<SupervisionHostFixture>
{
    private const string Town = "350926102000";
    private const string September = "from=2025-09-01&to=2025-09-30";

    [Fact]
    public async Task Counts_received_completed_on_time_early_instant_and_overdue_for_the_subtree()
    {
        var early = Accepted(D(1), D(4), 3, Town, Town);
        var onTheDay = Accepted(D(2), D(5), 3, Town, Town);
        var late = Accepted(D(2), D(5), 3, Town, Town);
        var stillOpenPastDue = Accepted(D(20), D(25), 3, Town, Town);
        var acceptedInAugust = Accepted(new DateOnly(2025, 8, 28), D(2), 3, Town, Town);
        var elsewhere = Accepted(D(3), D(8), 3, OtherCounty, OtherCounty);
        await fixture.DeliverAsync(
            early, Completed(early, D(3)),
            onTheDay, Completed(onTheDay, D(5)),
            late, Completed(late, D(10)),
            Instant(D(15), Town),
            stillOpenPastDue,
            acceptedInAugust, Completed(acceptedInAugust, D(2)),
            elsewhere, Completed(elsewhere, D(30)));

        var stats = await fixture.Host.CreateClient("supervisor-county").OkBodyAsync($"/api/supervision/stats?division={Town}&{September}");

        Assert.Equal(5, stats.GetProperty("received").GetInt32());   // not the August one
        Assert.Equal(5, stats.GetProperty("completed").GetInt32());  // the August one finished in September
        Assert.Equal(4, stats.GetProperty("onTime").GetInt32());
        Assert.Equal(1, stats.GetProperty("early").GetInt32());
        Assert.Equal(1, stats.GetProperty("instant").GetInt32());
        Assert.Equal(2, stats.GetProperty("overdue").GetInt32());    // finished late + still open past due
        Assert.Equal(0.8m, stats.GetProperty("onTimeRate").GetDecimal());
        Assert.Equal(1, stats.GetProperty("onSite").GetInt32());     // the instant one; the others completed a later day
        Assert.Equal(0.2m, stats.GetProperty("onSiteRate").GetDecimal());
        Assert.Equal(Town, stats.GetProperty("division").GetString());

        var fromTheCity = await fixture.Host.CreateClient("supervisor-city").OkBodyAsync($"/api/supervision/stats?division={Town}&{September}");
        Assert.Equal(5, fromTheCity.GetProperty("completed").GetInt32());
    }

    [Fact]
    public async Task Received_counts_every_application_taken_and_accepted_only_those_accepted()
    {
        const string ReceiptTown = "350926118000";
        var refused = Accepted(D(8), D(11), 3, ReceiptTown, ReceiptTown);
        var acceptedLater = Accepted(D(10), D(15), 3, ReceiptTown, ReceiptTown) with { ReceivedAt = At(D(8), 10) };
        var receivedInAugust = Accepted(D(1), D(4), 3, ReceiptTown, ReceiptTown) with { ReceivedAt = At(new DateOnly(2025, 8, 29), 10) };
        await fixture.DeliverToInboxAsync(Submitted(refused, D(8)), Submitted(acceptedLater, D(8)));
        await fixture.DeliverToInboxAsync(new CaseRefused(refused.CaseId, refused.CaseNumber, refused.MatterCode, refused.HandlingOrgUnitId,
            refused.HandlingDivision, "不属于本机关职权范围", At(D(8), 11)));
        await fixture.DeliverAsync(acceptedLater, receivedInAugust); // the August one told by its acceptance alone
        await fixture.DeliverToInboxAsync(Submitted(receivedInAugust, new DateOnly(2025, 8, 29))); // then its receipt: counted once

        var client = fixture.Host.CreateClient("supervisor-county");
        var stats = await client.OkBodyAsync($"/api/supervision/stats?division={ReceiptTown}&{September}");
        var august = await client.OkBodyAsync($"/api/supervision/stats?division={ReceiptTown}&from=2025-08-01&to=2025-08-31");
        var days = (await client.OkBodyAsync($"/api/supervision/stats/breakdown?division={ReceiptTown}&{September}&by=day"))
            .EnumerateArray().ToDictionary(r => r.GetProperty("key").GetString()!, r => (r.GetProperty("received").GetInt32(), r.GetProperty("accepted").GetInt32()));

        Assert.Equal((2, 2), (stats.GetProperty("received").GetInt32(), stats.GetProperty("accepted").GetInt32()));
        Assert.Equal((1, 0), (august.GetProperty("received").GetInt32(), august.GetProperty("accepted").GetInt32()));
        Assert.Equal((2, 0), days["2025-09-08"]); // the refused one and the one accepted two days later
        Assert.Equal((0, 1), days["2025-09-10"]);
        Assert.Equal((0, 1), days["2025-09-01"]);
        Assert.Equal(1, await fixture.CountAsync($"""
            SELECT count(*) FROM supervision.milestones WHERE "CaseId" = '{refused.CaseId}' AND "Kind" = 'Acceptance'
                AND "Outcome" = 'refused' AND "NextCheckOn" IS NULL
            """)); // a refusal answers the application: the acceptance step is done, no card owed
    }

    [Fact]
    public async Task Decided_at_the_window_the_day_received_is_on_site_but_not_online_nor_completed_a_later_day()
    {
        const string OnSiteTown = "350926116000";
        var atTheWindow = Accepted(D(2), D(5), 3, OnSiteTown, OnSiteTown);
        var online = Accepted(D(2), D(5), 3, OnSiteTown, OnSiteTown);
        var nextDay = Accepted(D(2), D(5), 3, OnSiteTown, OnSiteTown);
        await fixture.DeliverAsync(
            atTheWindow, Completed(atTheWindow, D(2)) with { Channel = "window" },
            online, Completed(online, D(2)) with { Channel = "online" },
            nextDay, Completed(nextDay, D(3)) with { Channel = "window" });

        var stats = await fixture.Host.CreateClient("supervisor-county").OkBodyAsync($"/api/supervision/stats?division={OnSiteTown}&{September}");
        var days = await fixture.Host.CreateClient("supervisor-county")
            .OkBodyAsync($"/api/supervision/stats/breakdown?division={OnSiteTown}&{September}&by=day");

        Assert.Equal((3, 1), (stats.GetProperty("completed").GetInt32(), stats.GetProperty("onSite").GetInt32()));
        Assert.Equal([("2025-09-02", 2, 1), ("2025-09-03", 1, 0)], days.EnumerateArray()
            .Select(r => (r.GetProperty("key").GetString(), r.GetProperty("completed").GetInt32(), r.GetProperty("onSite").GetInt32())));
    }

    [Fact]
    public async Task An_instant_case_taken_on_a_rest_day_is_received_that_day_not_on_the_next_working_day()
    {
        const string RestDayTown = "350926117000";
        var saturday = D(6); // intake moves the 即办件's acceptance to Monday the 8th, and completes it on Saturday
        var taken = Completed(Accepted(D(8), D(8), 0, RestDayTown, RestDayTown), saturday, "instant") with { Channel = "window" };
        await fixture.DeliverAsync(taken);

        var days = await fixture.Host.CreateClient("supervisor-county")
            .OkBodyAsync($"/api/supervision/stats/breakdown?division={RestDayTown}&{September}&by=day");
        var monday = await fixture.Host.CreateClient("supervisor-county")
            .OkBodyAsync($"/api/supervision/stats?division={RestDayTown}&from=2025-09-08&to=2025-09-08");

        var row = Assert.Single(days.EnumerateArray());
        Assert.Equal(("2025-09-06", 1, 1, 1, 1), (row.GetProperty("key").GetString(), row.GetProperty("received").GetInt32(),
            row.GetProperty("completed").GetInt32(), row.GetProperty("instant").GetInt32(), row.GetProperty("onSite").GetInt32()));
        Assert.Equal(0, monday.GetProperty("received").GetInt32());
    }

    [Fact]
    public async Task A_division_outside_the_callers_subtree_is_not_found()
    {
        var response = await fixture.Host.CreateClient("other-county-clerk").GetAsync($"/api/supervision/stats?division={Town}&{September}");
        await response.ProblemAsync(HttpStatusCode.NotFound);

        var resident = await fixture.Host.CreateClient("resident").GetAsync($"/api/supervision/stats?{September}");
        await resident.ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Without_a_division_the_callers_own_is_used()
    {
        var stats = await fixture.Host.CreateClient("supervisor-county").OkBodyAsync($"/api/supervision/stats?{September}");
        Assert.Equal(County, stats.GetProperty("division").GetString());
    }

    [Theory]
    [InlineData("division=3509", "division")]
    [InlineData("from=2025-09-31", "from")]
    [InlineData("from=2025-09-10&to=2025-09-01", "to")]
    [InlineData("from=2024-01-01&to=2025-06-30", "to")]
    public async Task Bad_parameters_are_422_naming_the_parameter(string query, string field)
    {
        var response = await fixture.Host.CreateClient("supervisor-county").GetAsync($"/api/supervision/stats?{query}");
        var problem = await response.ProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Contains(field, problem.ErrorFields());
    }

    private static DateOnly D(int day) => new(2025, 9, day);
}
