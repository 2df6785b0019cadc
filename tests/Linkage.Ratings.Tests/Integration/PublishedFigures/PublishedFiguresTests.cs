using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Linkage.Kernel;

namespace Linkage.Ratings.Tests;

/// <summary>Monthly published figures per unit, window, matter and region: public once the month closes, small
/// cells suppressed, bounded periods. Ratings are given through the API and then dated into last month.</summary>
public sealed class PublishedFiguresTests(RatingsHostFixture fixture) : IClassFixture<RatingsHostFixture>
{
    private const string Busy = "350926108000";   // five ratings: shown
    private const string Quiet = "350926109000";  // one rating: suppressed

    private static DateOnly LastMonth()
    {
        var today = ChinaTime.ToLocalDate(DateTimeOffset.UtcNow);
        return new DateOnly(today.Year, today.Month, 1).AddMonths(-1);
    }

    private async Task<JsonElement> RateLastMonthAsync(string handling, int grade, bool visit = false)
    {
        var @case = await fixture.CaseAsync(handling: handling, handlingOrgUnit: "ou-350926-centre");
        var rating = await (await fixture.RateAsync(new { caseId = @case.CaseId, grade })).CreatedAsync();
        if (visit)
            await (await fixture.StepAsync("clerk", rating.GetProperty("rectification").GetProperty("id").GetGuid(), "visit", new { note = "已回访" })).OkAsync();
        await fixture.CountAsync($"""
            WITH moved AS (UPDATE ratings.ratings SET "RatedOn" = '{LastMonth().AddDays(3):yyyy-MM-dd}' WHERE "CaseId" = '{@case.CaseId}' RETURNING 1)
            SELECT count(*) FROM moved
            """);
        return rating;
    }

    [Fact]
    public async Task A_closed_month_shows_satisfaction_bad_ratings_and_rates_per_region_and_suppresses_small_cells()
    {
        foreach (var grade in new[] { 5, 5, 4, 3 }) await RateLastMonthAsync(Busy, grade);
        await RateLastMonthAsync(Busy, 1, visit: true);
        await RateLastMonthAsync(Quiet, 5);

        var figures = await fixture.Host.CreateClient().GetFromJsonAsync<JsonElement>(
            $"/api/ratings/satisfaction/monthly?division=350926000000&month={LastMonth():yyyy-MM}&by=region");

        var cells = figures.GetProperty("cells").EnumerateArray().ToDictionary(c => c.Str("key"));
        var busy = cells[Busy];
        Assert.False(busy.GetProperty("suppressed").GetBoolean());
        Assert.Equal((5, 1), (busy.GetProperty("total").GetInt32(), busy.GetProperty("bad").GetInt32()));
        Assert.Equal((0.8m, 1m, 0m), (busy.GetProperty("satisfactionRate").GetDecimal(), busy.GetProperty("returnVisitRate").GetDecimal(),
            busy.GetProperty("rectificationRate").GetDecimal()));
        var quiet = cells[Quiet];
        Assert.True(quiet.GetProperty("suppressed").GetBoolean());
        Assert.False(quiet.TryGetProperty("total", out _));

        var byMatter = await fixture.Host.CreateClient().GetFromJsonAsync<JsonElement>(
            $"/api/ratings/satisfaction/monthly?division={Busy}&month={LastMonth():yyyy-MM}&by=matter");
        Assert.Equal(5, Assert.Single(byMatter.GetProperty("cells").EnumerateArray()).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task A_closed_month_is_published_from_its_aggregated_cells_and_a_later_change_to_it_is_counted()
    {
        const string town = "350926112000";
        foreach (var grade in new[] { 5, 5, 4, 3, 5 }) await RateLastMonthAsync(town, grade);

        Assert.Equal(5, await TownTotalAsync(town));
        Assert.Equal(5L, await fixture.CountAsync($"""
            SELECT coalesce(sum("Total"), 0) FROM ratings.monthly_cells WHERE "Month" = '{LastMonth():yyyy-MM-dd}' AND "HandlingDivision" = '{town}'
            """)); // pre-aggregated (decision 0583)

        await RateLastMonthAsync(town, 1); // a rating moved into the closed month after its publication

        Assert.Equal(6, await TownTotalAsync(town));
    }

    private async Task<int> TownTotalAsync(string town)
    {
        var figures = await fixture.Host.CreateClient().GetFromJsonAsync<JsonElement>(
            $"/api/ratings/satisfaction/monthly?division={town}&month={LastMonth():yyyy-MM}&by=region");
        return Assert.Single(figures.GetProperty("cells").EnumerateArray()).GetProperty("total").GetInt32();
    }

    [Fact]
    public async Task Kept_sums_of_a_closed_month_give_way_at_once_to_a_return_visit_and_an_upheld_appeal_in_it()
    {
        const string town = "350926111000";
        foreach (var grade in new[] { 5, 5, 4, 3, 5 }) await RateLastMonthAsync(town, grade);
        var bad = (await RateLastMonthAsync(town, 1)).GetProperty("rectification").GetProperty("id").GetGuid();
        Assert.Equal((6, 1, 0m), await TownFiguresAsync(town));
        Assert.Equal((6, 1, 0m), await TownFiguresAsync(town)); // summed once, then kept per build of the month's cells (0572)

        await (await fixture.StepAsync("clerk", bad, "visit", new { note = "申请人承认材料不全" })).OkAsync();
        Assert.Equal((6, 1, 1m), await TownFiguresAsync(town));

        await (await fixture.StepAsync("clerk", bad, "classify", new { resolution = "appeal", text = "材料不全，非窗口原因" })).OkAsync();
        await (await fixture.StepAsync("supervisor-county", bad, "appeal-decision", new { decision = "uphold", reason = "核实为材料缺失所致" })).OkAsync();
        Assert.Equal((5, 0, (decimal?)null), await TownFiguresAsync(town));
        var monthBefore = await fixture.Host.CreateClient().GetFromJsonAsync<JsonElement>(
            $"/api/ratings/satisfaction/monthly?division={town}&month={LastMonth().AddMonths(-1):yyyy-MM}&by=region");
        Assert.Empty(monthBefore.GetProperty("cells").EnumerateArray()); // each month is built and kept on its own
    }

    private async Task<(int Total, int Bad, decimal? ReturnVisitRate)> TownFiguresAsync(string town)
    {
        var figures = await fixture.Host.CreateClient().GetFromJsonAsync<JsonElement>(
            $"/api/ratings/satisfaction/monthly?division={town}&month={LastMonth():yyyy-MM}&by=region");
        var cell = Assert.Single(figures.GetProperty("cells").EnumerateArray());
        return (cell.GetProperty("total").GetInt32(), cell.GetProperty("bad").GetInt32(),
            cell.TryGetProperty("returnVisitRate", out var rate) ? rate.GetDecimal() : null);
    }

    [Fact]
    public async Task The_running_period_figures_suppress_a_small_subtree()
    {
        const string town = "350926110000";
        await (await fixture.RateAsync(new { caseId = (await fixture.CaseAsync(handling: town)).CaseId, grade = 2 })).CreatedAsync();

        var figures = await fixture.Host.CreateClient().GetFromJsonAsync<JsonElement>($"/api/ratings/satisfaction?division={town}");

        Assert.True(figures.GetProperty("suppressed").GetBoolean());
        Assert.False(figures.TryGetProperty("total", out _));
        Assert.False(figures.TryGetProperty("bad", out _));
    }

    [Theory]
    [InlineData("division=350926000000&by=region", "month")]                 // no month
    [InlineData("division=350926000000&month=CURRENT&by=region", "month")]   // the month has not closed
    [InlineData("division=350926000000&month=2026-13&by=region", "month")]
    [InlineData("division=350926000000&month=2025-01&by=applicant", "by")]
    [InlineData("month=2025-01", "division")]
    public async Task Bad_monthly_parameters_are_422(string query, string field)
    {
        var current = ChinaTime.ToLocalDate(DateTimeOffset.UtcNow).ToString("yyyy-MM");
        var response = await fixture.Host.CreateClient().GetAsync($"/api/ratings/satisfaction/monthly?{query.Replace("CURRENT", current)}");
        Assert.Contains(field, (await response.ProblemAsync(HttpStatusCode.UnprocessableEntity)).ErrorFields());
    }

    [Fact]
    public async Task A_published_period_is_at_most_a_year()
    {
        var response = await fixture.Host.CreateClient().GetAsync("/api/ratings/satisfaction?division=350926000000&from=2024-01-01&to=2025-06-30");
        Assert.Contains("to", (await response.ProblemAsync(HttpStatusCode.UnprocessableEntity)).ErrorFields());
    }
}
