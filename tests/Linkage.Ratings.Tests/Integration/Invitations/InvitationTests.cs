using System.Net;
using System.Net.Http.Json;
using Linkage.Contracts.Events.Ratings;

namespace Linkage.Ratings.Tests;

/// <summary>好差评 invitations: one per completed case on the channel where it was handled, single-use, open for the
/// rating period; the channel of a rating is the invitation's.</summary>
public sealed class InvitationTests(RatingsHostFixture fixture) : IClassFixture<RatingsHostFixture>
{
    private const string Centre = "ou-350926-centre"; // the demo clerk's window

    private Task<long> RatingsOf(Guid caseId) => fixture.CountAsync($"SELECT count(*) FROM ratings.ratings WHERE \"CaseId\" = '{caseId}'");

    [Fact]
    public async Task Completing_a_case_issues_one_invitation_on_its_channel_and_hands_it_to_the_notification_queue()
    {
        var @case = await fixture.CaseAsync(channel: "proxy");

        var invitation = await fixture.InvitationAsync(@case.CaseId, "station");
        var sent = await fixture.Host.Eventually(() => Task.FromResult(
            fixture.Published.OfType<RatingInvited>().FirstOrDefault(i => i.CaseId == @case.CaseId)));
        Assert.Equal(("station", invitation.Str("token"), fixture.ResidentDigest), (sent.Channel, sent.Token, sent.ApplicantIdDigest));
        Assert.Equal("offline", invitation.Str("indicatorSet"));
        Assert.Equal(15, (invitation.GetProperty("expiresAt").GetDateTimeOffset() - invitation.GetProperty("issuedAt").GetDateTimeOffset()).TotalDays);
        Assert.Equal(1, await fixture.CountAsync($"SELECT count(*) FROM ratings.invitations WHERE \"CaseId\" = '{@case.CaseId}'"));
        Assert.Empty((await fixture.Host.CreateClient("other-resident").GetJsonAsync("/api/ratings/invitations")).Items().EnumerateArray());
    }

    [Fact]
    public async Task A_rating_through_the_invitation_takes_its_channel_once_and_another_channel_needs_its_own_invitation()
    {
        var @case = await fixture.CaseAsync(channel: "online", handlingOrgUnit: Centre);
        var online = await fixture.InvitationAsync(@case.CaseId, "online");

        var rated = await (await fixture.RateAsync(new { token = online.Str("token"), grade = 4, channel = "window" })).CreatedAsync();
        var again = await fixture.RateAsync(new { token = online.Str("token"), grade = 1 });
        var window = await fixture.RateAsync(new { caseId = @case.CaseId, channel = "window", grade = 5 });

        Assert.Equal("online", rated.Str("channel"));
        Assert.Equal("token", (await again.ProblemAsync(HttpStatusCode.Conflict)).Str("field"));
        Assert.Equal("channel", (await window.ProblemAsync(HttpStatusCode.Conflict)).Str("field"));
        Assert.True((await fixture.InvitationAsync(@case.CaseId, "online")).TryGetProperty("usedAt", out _));

        var pad = await (await fixture.Host.CreateClient("clerk").PostAsJsonAsync("/api/ratings/invitations", new { caseId = @case.CaseId })).CreatedAsync();
        Assert.Equal("window", pad.Str("channel"));
        var padRating = await (await fixture.RateAsync(new { token = pad.Str("token"), grade = 5, indicators = new { attitude = 5 } })).CreatedAsync();
        Assert.Equal(("window", "offline"), (padRating.Str("channel"), padRating.Str("indicatorSet")));
        Assert.Equal(2, await RatingsOf(@case.CaseId));
    }

    [Fact]
    public async Task An_expired_invitation_is_refused_and_a_late_rating_within_the_period_is_taken()
    {
        var expired = await fixture.CaseAsync(completedAt: DateTimeOffset.UtcNow.AddDays(-16));
        var late = await fixture.CaseAsync(completedAt: DateTimeOffset.UtcNow.AddDays(-14));

        var refused = await fixture.RateAsync(new { token = (await fixture.InvitationAsync(expired.CaseId, "online")).Str("token"), grade = 5 });
        var taken = await fixture.RateAsync(new { token = (await fixture.InvitationAsync(late.CaseId, "online")).Str("token"), grade = 5 });

        Assert.Contains("expired", (await refused.ProblemAsync(HttpStatusCode.Conflict)).Str("detail"));
        Assert.Equal(0, await RatingsOf(expired.CaseId));
        await taken.CreatedAsync();
    }

    [Theory]
    [InlineData("other-resident")]
    [InlineData("clerk")]
    public async Task Someone_elses_token_is_not_found(string user)
    {
        var @case = await fixture.CaseAsync();
        var token = (await fixture.InvitationAsync(@case.CaseId, "online")).Str("token");

        await (await fixture.RateAsync(new { token, grade = 5 }, user)).ProblemAsync(HttpStatusCode.NotFound);

        Assert.Equal(0, await RatingsOf(@case.CaseId));
    }

    [Theory]
    [InlineData("other-county-clerk")] // another county's window
    [InlineData("resident")]           // not staff
    [InlineData("town-clerk")]         // a window that did not handle the case
    public async Task Only_the_window_that_handled_the_case_issues_its_pad_invitation(string user)
    {
        var @case = await fixture.CaseAsync(handlingOrgUnit: Centre);

        var response = await fixture.Host.CreateClient(user).PostAsJsonAsync("/api/ratings/invitations", new { caseId = @case.CaseId });

        await response.ProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal(1, await fixture.CountAsync($"SELECT count(*) FROM ratings.invitations WHERE \"CaseId\" = '{@case.CaseId}'"));
    }

    [Fact]
    public async Task A_pad_invitation_waits_for_completion_and_is_issued_once_even_when_asked_concurrently()
    {
        var open = await fixture.CaseAsync(completed: false, handlingOrgUnit: Centre);
        var done = await fixture.CaseAsync(handlingOrgUnit: Centre);
        using var clerk = fixture.Host.CreateClient("clerk");

        await (await clerk.PostAsJsonAsync("/api/ratings/invitations", new { caseId = open.CaseId })).ProblemAsync(HttpStatusCode.Conflict);
        var concurrent = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => clerk.PostAsJsonAsync("/api/ratings/invitations", new { caseId = done.CaseId })));
        Assert.Single(concurrent, r => r.StatusCode == HttpStatusCode.Created);
        Assert.All(concurrent.Where(r => r.StatusCode != HttpStatusCode.Created), r => Assert.Equal(HttpStatusCode.Conflict, r.StatusCode));
        await (await clerk.PostAsJsonAsync("/api/ratings/invitations", new { caseId = done.CaseId })).ProblemAsync(HttpStatusCode.Conflict);
        await (await clerk.PostAsJsonAsync("/api/ratings/invitations", new { })).ProblemAsync(HttpStatusCode.UnprocessableEntity);
    }

    [Theory]
    [InlineData("""{"grade":0}""", "grade")]
    [InlineData("""{"grade":5,"indicators":{"usability":6}}""", "indicators.usability")]
    [InlineData("""{"grade":5,"indicators":{"attitude":5}}""", "indicators.attitude")] // an offline indicator on the online channel
    [InlineData("""{"grade":5,"indicatorSet":"kiosk"}""", "indicatorSet")]
    [InlineData("""{"grade":5,"indicatorSet":"offline"}""", "indicatorSet")]
    [InlineData("""{"grade":5,"comment":"COMMENT"}""", "comment")]
    [InlineData("""{"grade":5,"indicators":{"an-indicator-name-far-longer-than-any-real-one":3}}""", "indicators")]
    public async Task Bad_input_through_a_token_is_422_naming_the_field_and_leaves_the_invitation_open(string partial, string field)
    {
        var @case = await fixture.CaseAsync();
        var token = (await fixture.InvitationAsync(@case.CaseId, "online")).Str("token");
        var json = $$"""{"token":"{{token}}",""" + partial[1..].Replace("COMMENT", new string('慢', 1001));

        var response = await fixture.Host.CreateClient("resident").PostAsync("/api/ratings",
            new StringContent(json, System.Text.Encoding.UTF8, "application/json"));

        Assert.Contains(field, (await response.ProblemAsync(HttpStatusCode.UnprocessableEntity)).ErrorFields());
        Assert.Equal(0, await RatingsOf(@case.CaseId));
        Assert.False((await fixture.InvitationAsync(@case.CaseId, "online")).TryGetProperty("usedAt", out _));
    }
}
