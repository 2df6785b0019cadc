using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Linkage.Ratings.Tests;

/// <summary>Published figures, anonymous, for a town of its own so other tests do not change them.</summary>
public sealed class SatisfactionTests(RatingsHostFixture fixture) : IClassFixture<RatingsHostFixture>
{
    private const string Town = "350926104000";

    [Fact]
    public async Task Counts_per_grade_and_the_share_of_grades_three_and_up()
    {
        using var resident = fixture.Host.CreateClient("resident");
        foreach (var (handling, grade) in new[] { (Town, 5), (Town, 4), (Town, 3), (Town, 2), (Town, 1), ("350926105000", 1) })
        {
            var @case = await fixture.CaseAsync(handling: handling);
            Assert.Equal(HttpStatusCode.Created, (await resident.PostAsJsonAsync("/api/ratings", new { caseId = @case.CaseId, grade })).StatusCode);
        }

        var figures = await fixture.Host.CreateClient().GetFromJsonAsync<JsonElement>($"/api/ratings/satisfaction?division={Town}");

        Assert.Equal(5, figures.GetProperty("total").GetInt32());
        Assert.Equal(3, figures.GetProperty("satisfied").GetInt32());
        Assert.Equal(2, figures.GetProperty("bad").GetInt32());
        Assert.Equal(0.6m, figures.GetProperty("satisfactionRate").GetDecimal());
        var perGrade = figures.GetProperty("grades").EnumerateArray().ToDictionary(g => g.GetProperty("grade").GetInt32(), g => g.GetProperty("count").GetInt32());
        Assert.Equal(new Dictionary<int, int> { [5] = 1, [4] = 1, [3] = 1, [2] = 1, [1] = 1 }, perGrade);

        var county = await fixture.Host.CreateClient().GetFromJsonAsync<JsonElement>("/api/ratings/satisfaction?division=350926000000");
        Assert.True(county.GetProperty("total").GetInt32() >= 6);
        var lastYear = await fixture.Host.CreateClient().GetFromJsonAsync<JsonElement>($"/api/ratings/satisfaction?division={Town}&from=2020-01-01&to=2020-12-31");
        Assert.Equal(0, lastYear.GetProperty("total").GetInt32());
        Assert.False(lastYear.TryGetProperty("satisfactionRate", out _));
    }

    [Theory]
    [InlineData("", "division")]
    [InlineData("division=35092", "division")]
    [InlineData("division=350926000000&from=01/09/2025", "from")]
    public async Task Bad_parameters_are_422(string query, string field)
    {
        var response = await fixture.Host.CreateClient().GetAsync($"/api/ratings/satisfaction?{query}");
        Assert.Contains(field, (await response.ProblemAsync(HttpStatusCode.UnprocessableEntity)).ErrorFields());
    }
}
