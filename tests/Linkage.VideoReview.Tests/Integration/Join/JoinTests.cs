using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Linkage.VideoReview.Tests;

/// <summary>Rooms and join tickets on the real Janus that ./platform test runs.</summary>
public sealed class JoinTests(VideoReviewHostFixture fixture) : IClassFixture<VideoReviewHostFixture>
{
    private const int Unauthorized = 403;        // Janus core: wrong or missing token
    private const int RoomUnauthorized = 433;    // VideoRoom: the token is not on the room's allowed list

    [Fact]
    public async Task A_session_gets_a_private_room_that_is_destroyed_with_the_conclusion()
    {
        var id = await fixture.Host.CreateSessionAsync(await fixture.AcceptedCaseAsync());
        var room = (await fixture.Host.RoomOfAsync(id))!.Value;
        using var janus = JanusProbe.Platform();
        Assert.True(await janus.RoomExistsAsync(room));

        var concluded = await fixture.Host.CreateClient("clerk").PostAsJsonAsync($"/api/video-review/sessions/{id}/conclusion", Sessions.Conclusion());

        Assert.Equal(HttpStatusCode.OK, concluded.StatusCode);
        Assert.False(await janus.RoomExistsAsync(room));
        Assert.NotNull(await fixture.Host.ScalarAsync<DateTime?>($"SELECT \"RoomClosedAt\" FROM videoreview.sessions WHERE \"Id\" = '{id}'"));
        foreach (var e in new[] { "VideoReviewScheduled", "VideoReviewConcluded" })
            Assert.Equal(1L, await fixture.Host.ScalarAsync<long>(
                $"SELECT count(*) FROM videoreview.outbox_messages WHERE aggregate_id = '{id}' AND message_type LIKE '%.{e}%'"));
    }

    [Fact]
    public async Task The_host_and_reviewers_of_two_tiers_join_the_room_with_their_tickets()
    {
        var id = await fixture.Host.CreateSessionAsync(await fixture.AcceptedCaseAsync());
        using var janus = JanusProbe.Platform();

        var host = await fixture.Host.CreateClient("clerk").JoinAsync(id);
        var county = await fixture.Host.CreateClient("reviewer-scjg").JoinAsync(id);
        var city = await fixture.CreateClient(VideoReviewHostFixture.CityReviewer).JoinAsync(id);
        foreach (var ticket in new[] { host, county, city })
            Assert.Equal("joined", (await janus.EnterAsync(ticket)).Joined.Kind);

        Assert.Equal(["host", "reviewer", "reviewer"], new[] { host, county, city }.Select(t => t.GetProperty("role").GetString()));
        var room = host.GetProperty("roomId").GetInt64();
        Assert.Equal(new[] { host, county, city }.Select(t => t.GetProperty("feedId").GetInt64()).Order(), (await janus.ParticipantsAsync(room)).Order());
        var session = await fixture.Host.CreateClient("clerk").GetFromJsonAsync<JsonElement>($"/api/video-review/sessions/{id}");
        Assert.Equal("in-progress", session.GetProperty("status").GetString());
        var body = host.GetRawText();
        Assert.DoesNotContain(JanusEnvironment.ApiSecret, body);
        Assert.DoesNotContain(JanusEnvironment.RoomAdminKey, body);
        Assert.DoesNotContain("secret", body, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_stranger_gets_no_ticket_and_a_made_up_token_is_refused_by_janus()
    {
        var id = await fixture.Host.CreateSessionAsync(await fixture.AcceptedCaseAsync());

        var firefighter = await fixture.Host.CreateClient("reviewer-xfjy").PostAsync($"/api/video-review/sessions/{id}/join", null);
        var otherCounty = await fixture.Host.CreateClient("other-county-clerk").PostAsync($"/api/video-review/sessions/{id}/join", null);
        var resident = await fixture.Host.CreateClient("resident").PostAsync($"/api/video-review/sessions/{id}/join", null);

        await firefighter.ProblemAsync(HttpStatusCode.NotFound);
        await otherCounty.ProblemAsync(HttpStatusCode.NotFound);
        await resident.ProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal(0, await fixture.CountAsync($"SELECT count(*) FROM videoreview.session_tickets WHERE \"SessionId\" = '{id}'"));
        using var janus = JanusProbe.Platform();
        Assert.Equal(Unauthorized, (await janus.OpenAsync("made-up-token")).Error);
    }

    [Fact]
    public async Task A_ticket_does_not_open_another_sessions_room()
    {
        var caseId = await fixture.AcceptedCaseAsync();
        var first = await fixture.Host.CreateSessionAsync(caseId);
        var second = await fixture.Host.CreateSessionAsync(caseId);
        using var janus = JanusProbe.Platform();
        var ticket = await fixture.Host.CreateClient("reviewer-scjg").JoinAsync(first);
        var other = await fixture.Host.CreateClient("clerk").JoinAsync(second);

        var (session, _) = await janus.OpenAsync(ticket.GetProperty("token").GetString()!);
        var joined = await janus.JoinAsync(session!.Value, ticket.GetProperty("token").GetString()!, other.GetProperty("roomId").GetInt64(),
            other.GetProperty("pin").GetString()!, ticket.GetProperty("feedId").GetInt64(), "郑丽");

        Assert.Equal(RoomUnauthorized, joined["error_code"]?.GetValue<int>());
        Assert.Empty(await janus.ParticipantsAsync(other.GetProperty("roomId").GetInt64()));
    }

    [Fact]
    public async Task The_host_kicks_a_participant_whose_ticket_then_no_longer_admits_them()
    {
        var id = await fixture.Host.CreateSessionAsync(await fixture.AcceptedCaseAsync());
        using var janus = JanusProbe.Platform();
        var reviewer = await fixture.Host.CreateClient("reviewer-wsjk").JoinAsync(id);
        await janus.EnterAsync(reviewer);
        var room = reviewer.GetProperty("roomId").GetInt64();
        Assert.Contains(reviewer.GetProperty("feedId").GetInt64(), await janus.ParticipantsAsync(room));

        var byReviewer = await fixture.Host.CreateClient("reviewer-scjg")
            .PostAsync($"/api/video-review/sessions/{id}/tickets/{reviewer.GetProperty("ticketId").GetGuid()}/kick", null);
        var kick = await fixture.Host.CreateClient("clerk")
            .PostAsync($"/api/video-review/sessions/{id}/tickets/{reviewer.GetProperty("ticketId").GetGuid()}/kick", null);

        await byReviewer.ProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal(HttpStatusCode.NoContent, kick.StatusCode);
        Assert.DoesNotContain(reviewer.GetProperty("feedId").GetInt64(), await janus.ParticipantsAsync(room));
        Assert.Equal(Unauthorized, (await janus.OpenAsync(reviewer.GetProperty("token").GetString()!)).Error);
    }

    [Fact]
    public async Task A_concluded_session_cannot_be_joined_and_no_ticket_is_issued()
    {
        var id = await fixture.Host.CreateSessionAsync(await fixture.AcceptedCaseAsync());
        using var clerk = fixture.Host.CreateClient("clerk");
        Assert.Equal(HttpStatusCode.OK, (await clerk.PostAsJsonAsync($"/api/video-review/sessions/{id}/conclusion", Sessions.Conclusion())).StatusCode);

        var join = await fixture.Host.CreateClient("reviewer-scjg").PostAsync($"/api/video-review/sessions/{id}/join", null);

        Assert.Contains("concluded", (await join.ProblemAsync(HttpStatusCode.Conflict)).GetProperty("detail").GetString());
        Assert.Equal(0, await fixture.CountAsync($"SELECT count(*) FROM videoreview.session_tickets WHERE \"SessionId\" = '{id}'"));
    }

    [Fact]
    public async Task The_host_cancels_a_session_and_its_room_and_tickets_end()
    {
        var id = await fixture.Host.CreateSessionAsync(await fixture.AcceptedCaseAsync());
        var ticket = await fixture.Host.CreateClient("reviewer-scjg").JoinAsync(id);

        var byReviewer = await fixture.Host.CreateClient("reviewer-scjg").PostAsync($"/api/video-review/sessions/{id}/cancellation", null);
        var cancel = await fixture.Host.CreateClient("clerk").PostAsync($"/api/video-review/sessions/{id}/cancellation", null);

        await byReviewer.ProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal(HttpStatusCode.OK, cancel.StatusCode);
        using var janus = JanusProbe.Platform();
        Assert.False(await janus.RoomExistsAsync(ticket.GetProperty("roomId").GetInt64()));
        Assert.Equal(Unauthorized, (await janus.OpenAsync(ticket.GetProperty("token").GetString()!)).Error);
        var conclude = await fixture.Host.CreateClient("clerk").PostAsJsonAsync($"/api/video-review/sessions/{id}/conclusion", Sessions.Conclusion());
        await conclude.ProblemAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Readiness_reports_janus()
    {
        var ready = await fixture.Host.CreateClient().GetAsync("/healthz/ready");

        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal("Healthy", await ready.Content.ReadAsStringAsync());
    }
}
