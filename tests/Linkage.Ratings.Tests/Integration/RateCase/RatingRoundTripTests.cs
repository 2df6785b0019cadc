using System.Net;
using System.Net.Http.Json;

namespace Linkage.Ratings.Tests;

/// <summary>What one rating through its token costs the database (decision 0587): one read (the invitation with its
/// case) and one write batch, for a bad rating too (the regions' limits are read once per process).</summary>
public sealed class RatingRoundTripTests(RatingsHostFixture fixture) : IClassFixture<RatingsHostFixture>
{
    private async Task<string> InvitedAsync()
    {
        var @case = await fixture.CaseAsync(channel: "online", handlingOrgUnit: "ou-350926-centre");
        return (await fixture.InvitationAsync(@case.CaseId, "online")).Str("token");
    }

    private static HttpRequestMessage Rating(string token, int grade) =>
        new(HttpMethod.Post, "/api/ratings") { Content = JsonContent.Create(new { token, grade }) };

    [Theory]
    [InlineData(5)]
    [InlineData(1)]
    public async Task A_rating_through_its_token_is_one_read_and_one_write(int grade)
    {
        using var resident = fixture.Host.CreateClient("resident");
        foreach (var warm in new[] { 5, 1 }) await (await resident.SendAsync(Rating(await InvitedAsync(), warm))).CreatedAsync(); // the per-process reads
        var token = await InvitedAsync();
        using var roundTrips = new RoundTrips();

        var (response, commands) = await roundTrips.OfAsync(resident, Rating(token, grade));

        var rating = await response.CreatedAsync();
        Assert.Equal(grade == 1, rating.TryGetProperty("rectification", out _));
        Assert.Equal(2, commands.Count);
    }

    [Fact]
    public async Task A_used_token_is_refused_after_its_one_read_and_nothing_is_written()
    {
        using var resident = fixture.Host.CreateClient("resident");
        var token = await InvitedAsync();
        await (await resident.SendAsync(Rating(token, 4))).CreatedAsync();
        using var roundTrips = new RoundTrips();

        var (response, commands) = await roundTrips.OfAsync(resident, Rating(token, 2));

        Assert.Equal("token", (await response.ProblemAsync(HttpStatusCode.Conflict)).Str("field"));
        Assert.Single(commands);
        Assert.Equal(0, await fixture.CountAsync($"""
            SELECT count(*) FROM ratings.rectifications x JOIN ratings.invitations i ON i."CaseId" = x."CaseId" WHERE i."Token" = '{token}'
            """));
    }
}
