using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Linkage.Testing;

namespace Linkage.VideoReview.Tests;

/// <summary>Hosts of their own: one on a private Janus that the test stops, one with tickets that expire in seconds.</summary>
public sealed class DegradationTests
{
    [Fact]
    public async Task With_janus_stopped_create_and_join_answer_503_and_a_session_is_still_concluded()
    {
        await using var janus = await PrivateJanus.StartAsync();
        await using var host = await LinkageTestHost.StartAsync("videoreview", configure: s => JanusEnvironment.Configure(s, janus.Url, janus.AdminUrl));
        var caseId = await VideoReviewHostFixture.AcceptedCaseAsync(host);
        var id = await host.CreateSessionAsync(caseId);

        await janus.StopAsync();
        var create = await host.CreateClient("clerk").PostAsJsonAsync("/api/video-review/sessions", Sessions.JointReview(caseId));
        var join = await host.CreateClient("reviewer-scjg").PostAsync($"/api/video-review/sessions/{id}/join", null);
        var ready = await host.CreateClient().GetAsync("/healthz/ready");

        foreach (var refused in new[] { create, join })
        {
            var problem = await refused.ProblemAsync(HttpStatusCode.ServiceUnavailable);
            Assert.Contains("Janus", problem.GetProperty("detail").GetString());
            Assert.Equal(TimeSpan.FromSeconds(30), refused.Headers.RetryAfter?.Delta);
        }
        Assert.Equal(1L, await host.ScalarAsync<long>($"SELECT count(*) FROM videoreview.sessions WHERE \"CaseId\" = '{caseId}'"));
        Assert.Equal(0L, await host.ScalarAsync<long>($"SELECT count(*) FROM videoreview.session_tickets WHERE \"SessionId\" = '{id}'"));
        Assert.Equal("Degraded", await ready.Content.ReadAsStringAsync());

        var concluded = await host.CreateClient("clerk").PostAsJsonAsync($"/api/video-review/sessions/{id}/conclusion", Sessions.Conclusion());
        Assert.Equal(HttpStatusCode.OK, concluded.StatusCode);
        Assert.Equal("concluded", (await host.CreateClient("clerk").GetFromJsonAsync<JsonElement>($"/api/video-review/sessions/{id}"))
            .GetProperty("status").GetString());
        Assert.Null(await host.ScalarAsync<DateTime?>($"SELECT \"RoomClosedAt\" FROM videoreview.sessions WHERE \"Id\" = '{id}'"));

        await janus.StartAgainAsync(); // the sweep closes the abandoned room once Janus is back
        await host.Eventually(async () =>
            await host.ScalarAsync<DateTime?>($"SELECT \"RoomClosedAt\" FROM videoreview.sessions WHERE \"Id\" = '{id}'") is not null);
    }

    [Fact]
    public async Task An_unused_ticket_expires_and_janus_refuses_it_while_a_ticket_in_use_is_kept()
    {
        await using var host = await LinkageTestHost.StartAsync("videoreview", configure: s => JanusEnvironment.Configure(s, ticketLifetime: "00:00:02"));
        var id = await host.CreateSessionAsync(await VideoReviewHostFixture.AcceptedCaseAsync(host));
        using var janus = JanusProbe.Platform();
        var inUse = await host.CreateClient("clerk").JoinAsync(id);
        await janus.EnterAsync(inUse);
        var unused = await host.CreateClient("reviewer-scjg").JoinAsync(id);

        await host.Eventually(async () => await host.ScalarAsync<string>(
            $"SELECT \"Revocation\" FROM videoreview.session_tickets WHERE \"Id\" = '{unused.GetProperty("ticketId").GetGuid()}'") == "Expired");

        Assert.Equal(403, (await janus.OpenAsync(unused.GetProperty("token").GetString()!)).Error);
        Assert.Null(await host.ScalarAsync<DateTime?>(
            $"SELECT \"RevokedAt\" FROM videoreview.session_tickets WHERE \"Id\" = '{inUse.GetProperty("ticketId").GetGuid()}'"));
        var extended = await host.ScalarAsync<DateTime>(
            $"SELECT \"ExpiresAt\" FROM videoreview.session_tickets WHERE \"Id\" = '{inUse.GetProperty("ticketId").GetGuid()}'");
        Assert.True(extended > inUse.GetProperty("expiresAt").GetDateTime().ToUniversalTime(), "the ticket in use was extended");
    }
}
