using System.Net.Http.Json;
using System.Text.Json;

namespace Linkage.Ratings.Tests;

/// <summary>One definition of satisfaction (decision 0490, 0615): a rating an upheld appeal removed from Ratings' published
/// figures leaves supervision's counters too, in a town of its own so other tests do not change them.</summary>
public sealed class AppealFiguresTests(RatingsHostFixture fixture) : IClassFixture<RatingsHostFixture>
{
    private const string Town = "350926106000", Centre = "ou-350926-centre";

    private async Task<int> SupervisionRatingsAsync()
    {
        var (from, to) = (DateTime.UtcNow.AddDays(-2).ToString("yyyy-MM-dd"), DateTime.UtcNow.AddDays(2).ToString("yyyy-MM-dd"));
        var rows = await fixture.Host.CreateClient("supervisor-county").GetFromJsonAsync<JsonElement>(
            $"/api/supervision/stats/breakdown?division={Town}&from={from}&to={to}&by=month");
        return rows.EnumerateArray().Sum(r => r.GetProperty("ratings").GetInt32());
    }

    [Fact]
    public async Task An_upheld_appeal_takes_the_rating_out_of_supervisions_figures_too()
    {
        var @case = await fixture.CaseAsync(handling: Town, handlingOrgUnit: Centre);
        await fixture.Host.Eventually(async () => await fixture.CountAsync($"SELECT count(*) FROM supervision.cases WHERE \"Id\" = '{@case.CaseId}'") == 1);
        var rating = await (await fixture.RateAsync(new { caseId = @case.CaseId, grade = 1, comment = "态度差" })).CreatedAsync();
        var id = rating.GetProperty("rectification").GetProperty("id").GetGuid();
        await fixture.Host.Eventually(async () => await SupervisionRatingsAsync() == 1);

        await (await fixture.StepAsync("clerk", id, "visit", new { note = "已回访" })).OkAsync();
        await (await fixture.StepAsync("clerk", id, "classify", new { resolution = "appeal", text = "恶意差评" })).OkAsync();
        await (await fixture.StepAsync("supervisor-county", id, "appeal-decision", new { decision = "uphold", reason = "核实为恶意" })).OkAsync();

        var published = await fixture.Host.CreateClient().GetFromJsonAsync<JsonElement>($"/api/ratings/satisfaction?division={Town}");
        Assert.Equal(0, published.GetProperty("total").GetInt32());
        await fixture.Host.Eventually(async () => await SupervisionRatingsAsync() == 0);
    }
}
