using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Linkage.Ratings.Tests;

public sealed class RateCaseTests(RatingsHostFixture fixture) : IClassFixture<RatingsHostFixture>
{
    [Fact]
    public async Task The_applicant_rates_a_completed_case_and_CaseRated_goes_out()
    {
        var @case = await fixture.CaseAsync();
        using var resident = fixture.Host.CreateClient("resident");

        var response = await resident.PostAsJsonAsync("/api/ratings", new
        {
            caseId = @case.CaseId, grade = 5, channel = "online",
            indicators = new Dictionary<string, int> { ["overall"] = 5, ["efficiency"] = 4 }, comment = "很快",
        });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("非常满意", body.GetProperty("gradeLabel").GetString());
        Assert.Equal(4, body.GetProperty("indicators").GetProperty("efficiency").GetInt32());
        Assert.Equal(("online", 1), (body.GetProperty("indicatorSet").GetString(), body.GetProperty("indicatorSetVersion").GetInt32()));
        Assert.False(body.TryGetProperty("rectification", out _));
        var rated = await fixture.Host.Eventually(() => Task.FromResult(fixture.Rated.FirstOrDefault(r => r.CaseId == @case.CaseId)));
        Assert.Equal((5, "online", "350926000000"), (rated.Grade, rated.Channel, rated.HandlingDivision));
        Assert.Equal(body.GetProperty("id").GetGuid(), rated.RatingId);
    }

    [Theory]
    [InlineData("other-resident")]
    [InlineData("clerk")]
    [InlineData("supervisor-county")]
    public async Task Nobody_but_the_applicant_may_rate(string user)
    {
        var @case = await fixture.CaseAsync();
        using var other = fixture.Host.CreateClient(user);

        var response = await other.PostAsJsonAsync("/api/ratings", new { caseId = @case.CaseId, grade = 5, channel = "online" });

        await response.ProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal(0, await fixture.CountAsync($"SELECT count(*) FROM ratings.ratings WHERE \"CaseId\" = '{@case.CaseId}'"));
    }

    [Fact]
    public async Task A_case_is_rated_once_on_its_invited_channel_and_a_claimed_channel_without_an_invitation_is_refused()
    {
        var @case = await fixture.CaseAsync(channel: "window");
        using var resident = fixture.Host.CreateClient("resident");

        var first = await resident.PostAsJsonAsync("/api/ratings", new { caseId = @case.CaseId, grade = 4, channel = "window" });
        var again = await resident.PostAsJsonAsync("/api/ratings", new { caseId = @case.CaseId, grade = 1, channel = "window" });
        var online = await resident.PostAsJsonAsync("/api/ratings", new { caseId = @case.CaseId, grade = 5, channel = "online" });

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal("token", (await again.ProblemAsync(HttpStatusCode.Conflict)).GetProperty("field").GetString());
        Assert.Equal("channel", (await online.ProblemAsync(HttpStatusCode.Conflict)).GetProperty("field").GetString());
        Assert.Equal(1, await fixture.CountAsync($"SELECT count(*) FROM ratings.ratings WHERE \"CaseId\" = '{@case.CaseId}'"));
        Assert.Equal(0, await fixture.CountAsync($"SELECT count(*) FROM ratings.rectifications WHERE \"CaseId\" = '{@case.CaseId}'"));
    }

    [Fact]
    public async Task Concurrent_ratings_on_one_channel_give_one_201_and_409s()
    {
        var @case = await fixture.CaseAsync();
        using var resident = fixture.Host.CreateClient("resident");

        var responses = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ =>
            resident.PostAsJsonAsync("/api/ratings", new { caseId = @case.CaseId, grade = 3, channel = "online" })));

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Created);
        Assert.All(responses.Where(r => r.StatusCode != HttpStatusCode.Created), r => Assert.Equal(HttpStatusCode.Conflict, r.StatusCode));
    }

    [Fact]
    public async Task A_case_not_yet_completed_cannot_be_rated()
    {
        var @case = await fixture.CaseAsync(completed: false);
        using var resident = fixture.Host.CreateClient("resident");

        var response = await resident.PostAsJsonAsync("/api/ratings", new { caseId = @case.CaseId, grade = 5, channel = "online" });

        await response.ProblemAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task The_same_idempotency_key_returns_the_first_rating()
    {
        var @case = await fixture.CaseAsync();
        using var resident = fixture.Host.CreateClient("resident");
        var key = Guid.NewGuid().ToString();
        async Task<HttpResponseMessage> RateAsync()
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/ratings")
            {
                Content = JsonContent.Create(new { caseId = @case.CaseId, grade = 2, channel = "online" }),
            };
            request.Headers.Add("Idempotency-Key", key);
            return await resident.SendAsync(request);
        }

        var first = await RateAsync();
        var retry = await RateAsync();

        Assert.Equal(HttpStatusCode.Created, retry.StatusCode);
        Assert.Equal(await IdOf(first), await IdOf(retry));
        Assert.Equal(1, await fixture.CountAsync($"SELECT count(*) FROM ratings.rectifications WHERE \"CaseId\" = '{@case.CaseId}'"));
    }

    private static async Task<Guid> IdOf(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetGuid();
}
