using System.Net;
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
        Assert.Equal(Town, stats.GetProperty("division").GetString());

        var fromTheCity = await fixture.Host.CreateClient("supervisor-city").OkBodyAsync($"/api/supervision/stats?division={Town}&{September}");
        Assert.Equal(5, fromTheCity.GetProperty("completed").GetInt32());
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
