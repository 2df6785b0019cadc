using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Linkage.VideoReview.Tests;

public sealed class BadInputTests(VideoReviewHostFixture fixture) : IClassFixture<VideoReviewHostFixture>
{
    private static readonly object[] OneParticipant = [new { orgUnitId = "ou-350926-centre" }];

    private static IEnumerable<(string What, object Body, string Field)> BadSessions(Guid caseId)
    {
        var tomorrow = DateTimeOffset.UtcNow.AddDays(1);
        yield return ("unknown purpose", new { caseId, purpose = "karaoke", scheduledAt = tomorrow, participants = OneParticipant }, "purpose");
        yield return ("in the past",
            new { caseId, purpose = "site-inspection", scheduledAt = DateTimeOffset.UtcNow.AddDays(-1), participants = OneParticipant }, "scheduledAt");
        yield return ("nobody", new { caseId, purpose = "site-inspection", scheduledAt = tomorrow, participants = Array.Empty<object>() }, "participants");
        yield return ("no org unit",
            new { caseId, purpose = "site-inspection", scheduledAt = tomorrow, participants = new[] { new { orgUnitId = " " } } }, "participants[0].orgUnitId");
        yield return ("a department outside the plan",
            new { caseId, purpose = "joint-review", scheduledAt = tomorrow, participants = new[] { new { orgUnitId = "ou-350926-centre", departmentId = "dep-350926-gaj" } } },
            "participants[0].departmentId");
        yield return ("an unknown role",
            new { caseId, purpose = "joint-review", scheduledAt = tomorrow, participants = new[] { new { orgUnitId = "ou-350926-centre", role = "judge" } } },
            "participants[0].role");
        yield return ("a recorder nobody",
            new { caseId, purpose = "joint-review", scheduledAt = tomorrow, participants = new[] { new { orgUnitId = "ou-350926-centre", role = "recorder" } } },
            "participants[0].subject");
        yield return ("an applicant's representative for a department",
            new { caseId, purpose = "joint-review", scheduledAt = tomorrow,
                participants = new[] { new { orgUnitId = "", departmentId = "dep-350926-scjg", role = "applicant-representative", subject = "resident" } } },
            "participants[0].departmentId");
        yield return ("unknown case",
            new { caseId = Guid.NewGuid(), purpose = "site-inspection", scheduledAt = tomorrow, participants = OneParticipant }, "caseId");
    }

    [Fact]
    public async Task Bad_sessions_are_422_naming_the_field_and_write_nothing()
    {
        var caseId = await fixture.AcceptedCaseAsync();
        using var clerk = fixture.Host.CreateClient("clerk");

        foreach (var (what, body, field) in BadSessions(caseId))
        {
            var response = await clerk.PostAsJsonAsync("/api/video-review/sessions", body);
            var problem = await response.ProblemAsync(HttpStatusCode.UnprocessableEntity);
            Assert.True(problem.ErrorFields().Contains(field), $"{what}: {problem}");
        }
        Assert.Equal(0, await fixture.CountAsync($"SELECT count(*) FROM videoreview.sessions WHERE \"CaseId\" = '{caseId}'"));
    }

    [Fact]
    public async Task A_conclusion_needs_minutes_a_known_decision_and_only_the_callers_own_vote()
    {
        var caseId = await fixture.AcceptedCaseAsync();
        using var clerk = fixture.Host.CreateClient("clerk");
        var created = await clerk.PostAsJsonAsync("/api/video-review/sessions", Sessions.JointReview(caseId));
        var id = JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetGuid();

        var response = await clerk.PostAsJsonAsync($"/api/video-review/sessions/{id}/conclusion", new
        {
            minutes = "",
            decision = "maybe",
            votes = new[]
            {
                new { orgUnitId = "ou-350981-centre", departmentId = (string?)null, choice = "approve" },
                new { orgUnitId = "ou-350926-centre", departmentId = (string?)"dep-350926-scjg", choice = "reject" },
            },
        });

        var fields = (await response.ProblemAsync(HttpStatusCode.UnprocessableEntity)).ErrorFields();
        Assert.Equal(["decision", "minutes", "votes[0].orgUnitId", "votes[1].departmentId"], fields.Order());
        var session = await clerk.GetFromJsonAsync<JsonElement>($"/api/video-review/sessions/{id}");
        Assert.Equal("scheduled", session.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Oversized_minutes_are_422_and_the_session_stays_open_with_its_room()
    {
        var caseId = await fixture.AcceptedCaseAsync();
        using var clerk = fixture.Host.CreateClient("clerk");
        var created = await clerk.PostAsJsonAsync("/api/video-review/sessions", Sessions.JointReview(caseId));
        var id = JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetGuid();

        var response = await clerk.PostAsJsonAsync($"/api/video-review/sessions/{id}/conclusion",
            new { minutes = new string('审', 20_001), decision = "approved" });

        Assert.Equal(["minutes"], (await response.ProblemAsync(HttpStatusCode.UnprocessableEntity)).ErrorFields());
        var session = await clerk.GetFromJsonAsync<JsonElement>($"/api/video-review/sessions/{id}");
        Assert.Equal("scheduled", session.GetProperty("status").GetString());
        Assert.False(session.TryGetProperty("conclusion", out var conclusion) && conclusion.ValueKind != JsonValueKind.Null);
        Assert.Equal(0, await fixture.CountAsync($"SELECT count(*) FROM videoreview.sessions WHERE \"Id\" = '{id}' AND \"RoomClosedAt\" IS NOT NULL"));
    }
}
