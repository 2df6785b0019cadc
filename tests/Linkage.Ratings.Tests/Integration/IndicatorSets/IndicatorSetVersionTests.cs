using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Linkage.Ratings.Tests;

/// <summary>A second version of an indicator set (decision 0639): new ratings record and are checked against it,
/// ratings given before keep version 1 and read back as given, and the published figures count both.</summary>
public sealed class IndicatorSetVersionTests(RatingsHostFixture fixture) : IClassFixture<RatingsHostFixture>
{
    private const string Town = "350926104000";

    private static readonly object SecondOnline = new
    {
        keys = new[] { "overall", "efficiency", "guide-accuracy", "convenience", "accessibility" },
        names = new[] { "整体满意度", "办事效率", "办事指南精确度", "办事便捷度", "适老化无障碍" },
    };

    private async Task<HttpResponseMessage> RateAsync(Dictionary<string, int> indicators, string? key = null)
    {
        var @case = await fixture.CaseAsync(handling: Town);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/ratings")
        {
            Content = JsonContent.Create(new { caseId = @case.CaseId, grade = 5, indicators }),
        };
        if (key is not null) request.Headers.Add("Idempotency-Key", key);
        return await fixture.Host.CreateClient("resident").SendAsync(request);
    }

    private async Task<HttpResponseMessage> PublishAsync(string user, string code, object body) =>
        await fixture.Host.CreateClient(user).PostAsJsonAsync($"/api/ratings/indicator-sets/{code}/versions", body);

    [Fact]
    public async Task New_ratings_record_the_new_version_old_ones_keep_v1_and_the_figures_count_both()
    {
        var keys = new[] { "v1-a", "v1-b", "v1-c" };
        foreach (var key in keys)
            Assert.Equal(1, (await (await RateAsync(new() { ["overall"] = 5, ["usability"] = 4 }, key)).CreatedAsync()).GetProperty("indicatorSetVersion").GetInt32());

        var published = await (await PublishAsync("admin-province", "online", SecondOnline)).CreatedAsync();
        Assert.Equal((2, true), (published.GetProperty("version").GetInt32(), published.GetProperty("current").GetBoolean()));

        for (var i = 0; i < 3; i++)
        {
            var v2 = await (await RateAsync(new() { ["overall"] = 5, ["accessibility"] = 5 })).CreatedAsync();
            Assert.Equal(("online", 2, 5), (v2.Str("indicatorSet"), v2.GetProperty("indicatorSetVersion").GetInt32(), v2.GetProperty("indicators").GetProperty("accessibility").GetInt32()));
        }
        var retired = await RateAsync(new() { ["usability"] = 4 }); // no longer an indicator of the set in force
        Assert.Contains("indicators.usability", (await retired.ProblemAsync(HttpStatusCode.UnprocessableEntity)).ErrorFields());

        var first = await (await RateAsync(new() { ["overall"] = 1 }, keys[0])).CreatedAsync(); // the replay reads the stored rating
        Assert.Equal((1, 4), (first.GetProperty("indicatorSetVersion").GetInt32(), first.GetProperty("indicators").GetProperty("usability").GetInt32()));
        Assert.Equal(3, await fixture.CountAsync("""SELECT count(*) FROM ratings.ratings WHERE "IndicatorSet" = 'online' AND "IndicatorSetVersion" = 1"""));
        Assert.Equal(1, await fixture.CountAsync("""SELECT count(*) FROM ratings.indicator_sets WHERE "Code" = 'online' AND "Current" AND "Version" = 2"""));
        var figures = await fixture.Host.CreateClient().GetFromJsonAsync<JsonElement>($"/api/ratings/satisfaction?division={Town}");
        Assert.Equal(6, figures.GetProperty("total").GetInt32());
    }

    [Theory]
    [InlineData("supervisor-city", "offline", """{"keys":["overall"],"names":["整体满意度"]}""", HttpStatusCode.NotFound, null)]
    [InlineData("admin-province", "sms", """{"keys":["overall"],"names":["整体满意度"]}""", HttpStatusCode.NotFound, null)]
    [InlineData("admin-province", "offline", """{"keys":[],"names":[]}""", HttpStatusCode.UnprocessableEntity, "keys")]
    [InlineData("admin-province", "offline", """{"keys":["overall","Bad Key"],"names":["a","b"]}""", HttpStatusCode.UnprocessableEntity, "keys[1]")]
    [InlineData("admin-province", "offline", """{"keys":["overall","speed"],"names":["整体满意度"]}""", HttpStatusCode.UnprocessableEntity, "names")]
    public async Task Publishing_out_of_role_or_with_bad_input_is_refused_and_writes_nothing(
        string user, string code, string json, HttpStatusCode status, string? field)
    {
        var response = await fixture.Host.CreateClient(user).PostAsync($"/api/ratings/indicator-sets/{code}/versions",
            new StringContent(json, System.Text.Encoding.UTF8, "application/json"));

        var problem = await response.ProblemAsync(status);
        if (field is not null) Assert.Contains(field, problem.ErrorFields());
        Assert.Equal(1, await fixture.CountAsync("""SELECT count(*) FROM ratings.indicator_sets WHERE "Code" = 'offline'"""));
    }
}
