using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Linkage.VideoReview.Tests;

public sealed class SessionTests(VideoReviewHostFixture fixture) : IClassFixture<VideoReviewHostFixture>
{
    [Fact]
    public async Task A_clerk_schedules_a_joint_review_and_concludes_it_once()
    {
        var caseId = await fixture.AcceptedCaseAsync();
        using var clerk = fixture.Host.CreateClient("clerk");

        var created = await clerk.PostAsJsonAsync("/api/video-review/sessions", Sessions.JointReview(caseId));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = Body(await created.Content.ReadAsStringAsync()).GetProperty("id").GetGuid();
        Assert.Equal($"/api/video-review/sessions/{id}", created.Headers.Location?.OriginalString);

        var session = await clerk.GetFromJsonAsync<JsonElement>($"/api/video-review/sessions/{id}");
        Assert.Equal("scheduled", session.GetProperty("status").GetString());
        Assert.Equal("joint-review", session.GetProperty("purpose").GetString());
        Assert.Equal(3, session.GetProperty("participants").GetArrayLength());
        Assert.Equal("350926000000", session.GetProperty("division").GetString());

        var scjg = await fixture.Host.CreateClient("reviewer-scjg").PostAsJsonAsync($"/api/video-review/sessions/{id}/votes", Sessions.Vote("reject", "待核"));
        var changed = await fixture.Host.CreateClient("reviewer-scjg").PostAsJsonAsync($"/api/video-review/sessions/{id}/votes", Sessions.Vote("approve"));
        var wsjk = await fixture.Host.CreateClient("reviewer-wsjk").PostAsJsonAsync($"/api/video-review/sessions/{id}/votes", Sessions.Vote("abstain"));
        Assert.All(new[] { scjg, changed, wsjk }, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        var concluded = await clerk.PostAsJsonAsync($"/api/video-review/sessions/{id}/conclusion", Sessions.Conclusion());
        Assert.Equal(HttpStatusCode.OK, concluded.StatusCode);
        var again = await clerk.PostAsJsonAsync($"/api/video-review/sessions/{id}/conclusion", Sessions.Conclusion("rejected"));
        await again.ProblemAsync(HttpStatusCode.Conflict);

        var conclusion = (await clerk.GetFromJsonAsync<JsonElement>($"/api/video-review/sessions/{id}")).GetProperty("conclusion");
        Assert.Equal("approved", conclusion.GetProperty("decision").GetString());
        Assert.Equal(["dep-350926-scjg:approve", "dep-350926-wsjk:abstain"], conclusion.GetProperty("votes").EnumerateArray()
            .Select(v => $"{v.GetProperty("departmentId").GetString()}:{v.GetProperty("choice").GetString()}").Order());
        var late = await fixture.Host.CreateClient("reviewer-wsjk").PostAsJsonAsync($"/api/video-review/sessions/{id}/votes", Sessions.Vote("approve"));
        await late.ProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("clerk", conclusion.GetProperty("concludedBy").GetString());
    }

    [Theory]
    [InlineData("clerk", HttpStatusCode.OK)]                // the host
    [InlineData("supervisor-city", HttpStatusCode.OK)]      // supervisors: the subtree
    [InlineData("reviewer-scjg", HttpStatusCode.OK)]        // a participant
    [InlineData("reviewer-xfjy", HttpStatusCode.OK)]        // a department of the case's plan, not seated
    [InlineData("reviewer-gaj", HttpStatusCode.NotFound)]   // same centre, not in the plan
    [InlineData("agent", HttpStatusCode.NotFound)]          // the station that took the case in: not its session
    [InlineData("other-county-clerk", HttpStatusCode.NotFound)]
    [InlineData("town-clerk", HttpStatusCode.NotFound)]     // below the county: not the creator's subtree
    [InlineData("resident", HttpStatusCode.NotFound)]
    public async Task A_session_is_read_by_its_host_participants_plan_departments_and_subtree_supervisors(string user, HttpStatusCode expected)
    {
        var id = await CreateAsync();

        var response = await fixture.Host.CreateClient(user).GetAsync($"/api/video-review/sessions/{id}");

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task Another_county_can_neither_conclude_the_session_nor_hold_one_on_the_case()
    {
        var caseId = await fixture.AcceptedCaseAsync();
        var id = await CreateAsync(caseId);
        using var otherCounty = fixture.Host.CreateClient("other-county-clerk");

        var conclude = await otherCounty.PostAsJsonAsync($"/api/video-review/sessions/{id}/conclusion", Sessions.Conclusion());
        var create = await otherCounty.PostAsJsonAsync("/api/video-review/sessions", Sessions.JointReview(caseId));

        await conclude.ProblemAsync(HttpStatusCode.NotFound);
        Assert.Contains("caseId", (await create.ProblemAsync(HttpStatusCode.UnprocessableEntity)).ErrorFields());
        Assert.Equal("scheduled", (await fixture.Host.CreateClient("clerk").GetFromJsonAsync<JsonElement>($"/api/video-review/sessions/{id}"))
            .GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_supervisor_watches_but_does_not_schedule()
    {
        var caseId = await fixture.AcceptedCaseAsync();
        var response = await fixture.Host.CreateClient("supervisor-county").PostAsJsonAsync("/api/video-review/sessions", Sessions.JointReview(caseId));
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task The_same_idempotency_key_returns_the_first_session()
    {
        var caseId = await fixture.AcceptedCaseAsync();
        using var clerk = fixture.Host.CreateClient("clerk");
        var key = Guid.NewGuid().ToString();
        async Task<Guid> CreateWithKeyAsync()
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/video-review/sessions") { Content = JsonContent.Create(Sessions.JointReview(caseId)) };
            request.Headers.Add("Idempotency-Key", key);
            var response = await clerk.SendAsync(request);
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            return Body(await response.Content.ReadAsStringAsync()).GetProperty("id").GetGuid();
        }

        var ids = await Task.WhenAll(CreateWithKeyAsync(), CreateWithKeyAsync(), CreateWithKeyAsync());

        Assert.Single(ids.Distinct());
        Assert.Equal(1, await fixture.CountAsync($"SELECT count(*) FROM videoreview.sessions WHERE \"CaseId\" = '{caseId}'"));
    }

    private async Task<Guid> CreateAsync(Guid? caseId = null)
    {
        var response = await fixture.Host.CreateClient("clerk")
            .PostAsJsonAsync("/api/video-review/sessions", Sessions.JointReview(caseId ?? await fixture.AcceptedCaseAsync()));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return Body(await response.Content.ReadAsStringAsync()).GetProperty("id").GetGuid();
    }

    private static JsonElement Body(string json) => JsonDocument.Parse(json).RootElement;
}
