using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Linkage.VideoReview.Tests;

/// <summary>The seats and their limits: each department votes only for itself; the recorder joins and concludes but
/// does not vote; the applicant's representative only joins.</summary>
public sealed class SeatTests(VideoReviewHostFixture fixture) : IClassFixture<VideoReviewHostFixture>
{
    private static object WithRecorderAndApplicant(Guid caseId) => new
    {
        caseId,
        purpose = "joint-review",
        scheduledAt = DateTimeOffset.UtcNow.AddMinutes(5),
        participants = new object[]
        {
            new { orgUnitId = "ou-350926-centre", departmentId = "dep-350926-scjg" },
            new { orgUnitId = "ou-350926100-centre", role = "recorder", subject = "town-clerk" },
            new { role = "applicant-representative", subject = "resident" },
        },
    };

    [Fact]
    public async Task The_recorder_joins_and_concludes_without_a_vote_and_the_applicants_representative_only_joins()
    {
        var created = await fixture.Host.CreateClient("clerk").PostAsJsonAsync("/api/video-review/sessions",
            WithRecorderAndApplicant(await fixture.AcceptedCaseAsync()));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetGuid();
        using var recorder = fixture.Host.CreateClient("town-clerk");
        using var applicant = fixture.Host.CreateClient("resident");

        Assert.Equal("recorder", (await recorder.JoinAsync(id)).GetProperty("role").GetString());
        var representative = await applicant.JoinAsync(id);
        Assert.Equal("applicant-representative", representative.GetProperty("role").GetString());
        Assert.True(representative.GetProperty("recorded").GetBoolean());
        await (await recorder.PostAsJsonAsync($"/api/video-review/sessions/{id}/votes", Sessions.Vote("approve"))).ProblemAsync(HttpStatusCode.Forbidden);
        await (await applicant.GetAsync($"/api/video-review/sessions/{id}")).ProblemAsync(HttpStatusCode.NotFound);
        await (await applicant.GetAsync($"/api/video-review/sessions/{id}/recordings")).ProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal(HttpStatusCode.Forbidden, (await applicant.PostAsJsonAsync($"/api/video-review/sessions/{id}/conclusion", Sessions.Conclusion())).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await recorder.GetAsync($"/api/video-review/sessions/{id}/recordings")).StatusCode);

        var concluded = await recorder.PostAsJsonAsync($"/api/video-review/sessions/{id}/conclusion", Sessions.Conclusion());

        Assert.Equal(HttpStatusCode.OK, concluded.StatusCode);
        var conclusion = JsonDocument.Parse(await concluded.Content.ReadAsStringAsync()).RootElement.GetProperty("conclusion");
        Assert.Equal("town-clerk", conclusion.GetProperty("concludedBy").GetString());
        Assert.Equal(0, conclusion.GetProperty("votes").GetArrayLength());
    }

    [Fact]
    public async Task A_department_votes_only_for_itself_with_reasons_and_materials_and_bad_votes_change_nothing()
    {
        var id = await fixture.Host.CreateSessionAsync(await fixture.AcceptedCaseAsync());
        using var scjg = fixture.Host.CreateClient("reviewer-scjg");

        var bad = new (object Body, string Field)[]
        {
            (Sessions.Vote("maybe"), "choice"),
            (Sessions.Vote("reject"), "remark"),
            (Sessions.Vote("request-supplement", "缺少场所平面图"), "materials"),
            (Sessions.Vote("request-supplement", "缺少场所平面图", [new string('x', 65)]), "materials"),
            (Sessions.Vote("approve", new string('理', 501)), "remark"),
        };
        foreach (var (body, field) in bad)
            Assert.Equal([field], (await (await scjg.PostAsJsonAsync($"/api/video-review/sessions/{id}/votes", body))
                .ProblemAsync(HttpStatusCode.UnprocessableEntity)).ErrorFields());
        var forAnother = await scjg.PostAsJsonAsync($"/api/video-review/sessions/{id}/conclusion", new
        {
            minutes = "纪要", decision = "approved",
            votes = new[] { new { orgUnitId = "ou-350926-centre", departmentId = "dep-350926-wsjk", choice = "approve" } },
        });
        Assert.Equal(["votes[0].departmentId"], (await forAnother.ProblemAsync(HttpStatusCode.UnprocessableEntity)).ErrorFields());
        var byHost = await fixture.Host.CreateClient("clerk").PostAsJsonAsync($"/api/video-review/sessions/{id}/votes", Sessions.Vote("approve"));
        await byHost.ProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal(0, await fixture.CountAsync($"SELECT count(*) FROM videoreview.session_votes WHERE \"SessionId\" = '{id}'"));

        var supplement = await scjg.PostAsJsonAsync($"/api/video-review/sessions/{id}/votes",
            Sessions.Vote("request-supplement", "缺少场所平面图", ["M003"]));

        Assert.Equal(HttpStatusCode.OK, supplement.StatusCode);
        var session = JsonDocument.Parse(await supplement.Content.ReadAsStringAsync()).RootElement;
        Assert.False(session.TryGetProperty("conclusion", out _), "a vote does not conclude");
        Assert.Equal("M003", await fixture.Host.ScalarAsync<string>(
            $"SELECT \"Materials\"[1] FROM videoreview.session_votes WHERE \"SessionId\" = '{id}' AND \"Choice\" = 'RequestSupplement'"));
    }
}
