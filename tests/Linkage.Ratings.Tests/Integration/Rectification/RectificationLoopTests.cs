using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Linkage.Contracts.Events.Ratings;

namespace Linkage.Ratings.Tests;

/// <summary>差评整改 end to end: assigned → return visit → classified → result fed back → follow-up rating → closed;
/// appeals decided by the supervisor; every step in order, by the right people, recorded with who and when.</summary>
public sealed class RectificationLoopTests(RatingsHostFixture fixture) : IClassFixture<RatingsHostFixture>
{
    private const string Centre = "ou-350926-centre"; // the demo clerk's unit handles these cases

    private async Task<Guid> BadRatingAsync(string handling = "350926000000")
    {
        var @case = await fixture.CaseAsync(handling: handling, handlingOrgUnit: Centre);
        var rating = await (await fixture.RateAsync(new { caseId = @case.CaseId, grade = 1, comment = "材料被退回三次" })).CreatedAsync();
        return rating.GetProperty("rectification").GetProperty("id").GetGuid();
    }

    private async Task<JsonElement> RowAsync(Guid id, string user = "clerk")
    {
        var ledger = (await fixture.Host.CreateClient(user).GetFromJsonAsync<JsonElement>("/api/ratings/rectifications?limit=500")).Items();
        return Assert.Single(ledger.EnumerateArray(), r => r.GetProperty("id").GetGuid() == id);
    }

    private async Task<T> PublishedAsync<T>(Func<T, bool> match) where T : class =>
        await fixture.Host.Eventually(() => Task.FromResult(fixture.Published.OfType<T>().FirstOrDefault(match)));

    [Fact]
    public async Task A_bad_rating_walks_the_whole_loop_visit_ledger_feedback_follow_up_closed()
    {
        var id = await BadRatingAsync();
        var relay = await PublishedAsync<ReturnVisitRequested>(r => r.RectificationId == id);
        Assert.Equal(fixture.ResidentDigest, relay.ApplicantIdDigest);

        var early = await fixture.StepAsync("clerk", id, "classify", new { resolution = "ledger", text = "流程再造" });
        Assert.Equal("status", (await early.ProblemAsync(HttpStatusCode.Conflict)).Str("field"));
        Assert.Equal("visited", (await (await fixture.StepAsync("clerk", id, "visit", new { note = "电话回访，申请人反映退件理由不清" })).OkAsync()).Str("status"));
        Assert.Equal("rectifying", (await (await fixture.StepAsync("clerk", id, "classify", new { resolution = "ledger", text = "一次性告知清单" })).OkAsync()).Str("status"));
        await (await fixture.StepAsync("resident", id, "follow-up", new { grade = 4 })).ProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("fed-back", (await (await fixture.StepAsync("clerk", id, "complete", new { result = "已修订一次性告知清单" })).OkAsync()).Str("status"));
        var feedback = await PublishedAsync<RectificationFedBack>(f => f.RectificationId == id);
        Assert.Equal(("ledger", "已修订一次性告知清单", fixture.ResidentDigest), (feedback.Resolution, feedback.Result, feedback.ApplicantIdDigest));
        var closed = await (await fixture.StepAsync("resident", id, "follow-up", new { grade = 4, comment = "改进了" })).OkAsync();
        Assert.Equal(("closed", 4), (closed.Str("status"), closed.GetProperty("followUpGrade").GetInt32()));
        await (await fixture.StepAsync("resident", id, "follow-up", new { grade = 5 })).ProblemAsync(HttpStatusCode.Conflict);
        Assert.False((await PublishedAsync<RectificationClosed>(c => c.RectificationId == id)).AppealUpheld);

        var steps = (await fixture.Host.CreateClient("clerk").GetFromJsonAsync<JsonElement>($"/api/ratings/rectifications/{id}/steps")).Items();
        Assert.Equal(["assigned", "visit", "classify", "complete", "follow-up"], steps.EnumerateArray().Select(s => s.Str("step")));
        Assert.All(steps.EnumerateArray(), s => Assert.True(s.TryGetProperty("at", out _)));
        Assert.Equal(["system", "clerk", "clerk", "clerk", "rater"], steps.EnumerateArray().Select(s => s.Str("by")));
    }

    [Fact]
    public async Task The_units_view_shows_rating_complaint_and_matter_but_never_the_rater()
    {
        var id = await BadRatingAsync();

        var row = await RowAsync(id);

        Assert.Equal((1, "材料被退回三次", "000121010000"), (row.GetProperty("grade").GetInt32(), row.Str("comment"), row.Str("matterCode")));
        var fields = row.EnumerateObject().Select(p => p.Name).ToList();
        foreach (var hidden in new[] { "caseId", "caseNumber", "ratingId", "raterSubject", "raterIdDigest", "applicantIdDigest" })
            Assert.DoesNotContain(hidden, fields);
        Assert.DoesNotContain(fixture.ResidentDigest, row.GetRawText());
    }

    [Fact]
    public async Task An_upheld_appeal_closes_the_rectification_takes_the_rating_out_of_the_figures_and_keeps_why()
    {
        const string town = "350926107000";
        var id = await BadRatingAsync(town);
        for (var i = 0; i < 5; i++)
            await (await fixture.RateAsync(new { caseId = (await fixture.CaseAsync(handling: town)).CaseId, grade = 5 })).CreatedAsync();
        var before = await fixture.Host.CreateClient().GetFromJsonAsync<JsonElement>($"/api/ratings/satisfaction?division={town}");
        Assert.Equal((6, 1), (before.GetProperty("total").GetInt32(), before.GetProperty("bad").GetInt32()));

        await (await fixture.StepAsync("clerk", id, "visit", new { note = "申请人承认材料不全" })).OkAsync();
        Assert.Equal("appealed", (await (await fixture.StepAsync("clerk", id, "classify", new { resolution = "appeal", text = "材料不全，非窗口原因" })).OkAsync()).Str("status"));
        await (await fixture.StepAsync("clerk", id, "appeal-decision", new { decision = "uphold", reason = "自己裁定" })).ProblemAsync(HttpStatusCode.NotFound);
        var decided = await (await fixture.StepAsync("supervisor-county", id, "appeal-decision", new { decision = "uphold", reason = "核实为材料缺失所致" })).OkAsync();

        Assert.Equal("closed", decided.Str("status"));
        Assert.True(decided.GetProperty("appealUpheld").GetBoolean());
        var after = await fixture.Host.CreateClient().GetFromJsonAsync<JsonElement>($"/api/ratings/satisfaction?division={town}");
        Assert.Equal((5, 0), (after.GetProperty("total").GetInt32(), after.GetProperty("bad").GetInt32()));
        Assert.Equal(1, await fixture.CountAsync(
            $"SELECT count(*) FROM ratings.figure_exclusions WHERE \"RectificationId\" = '{id}' AND \"Reason\" = '核实为材料缺失所致' AND \"DecidedBy\" <> ''"));
        Assert.True((await PublishedAsync<RectificationClosed>(c => c.RectificationId == id)).AppealUpheld);
    }

    [Fact]
    public async Task An_overturned_appeal_goes_back_to_the_unit_which_cannot_appeal_again_and_explains()
    {
        var id = await BadRatingAsync();
        await (await fixture.StepAsync("clerk", id, "visit", new { note = "已回访" })).OkAsync();
        await (await fixture.StepAsync("clerk", id, "classify", new { resolution = "appeal", text = "恶意差评" })).OkAsync();

        var overturned = await (await fixture.StepAsync("supervisor-county", id, "appeal-decision", new { decision = "overturn", reason = "证据不足" })).OkAsync();
        var again = await fixture.StepAsync("clerk", id, "classify", new { resolution = "appeal", text = "再次申诉" });
        var explained = await (await fixture.StepAsync("clerk", id, "classify", new { resolution = "explanation", text = "依法须现场核验，已说明" })).OkAsync();

        Assert.Equal("visited", overturned.Str("status"));
        Assert.Equal("resolution", (await again.ProblemAsync(HttpStatusCode.Conflict)).Str("field"));
        Assert.Equal(("fed-back", "explanation"), (explained.Str("status"), explained.Str("resolution")));
    }

    [Theory]
    [InlineData("other-county-clerk", "visit")]  // another county
    [InlineData("agent", "visit")]               // the station did not handle the case
    [InlineData("town-clerk", "visit")]          // a unit below, not the handling one
    [InlineData("resident", "visit")]            // the rater is no staff
    [InlineData("other-resident", "follow-up")]  // only the rater follows up
    [InlineData("supervisor-city", "visit")]     // supervisors decide appeals, they do not visit
    public async Task Acting_outside_scope_is_404_and_changes_nothing(string user, string step)
    {
        var id = await BadRatingAsync();

        var response = await fixture.StepAsync(user, id, step, new { note = "x", grade = 5 });

        await response.ProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal("open", (await RowAsync(id)).Str("status"));
        Assert.Equal(1, await fixture.CountAsync($"SELECT count(*) FROM ratings.rectification_steps WHERE \"RectificationId\" = '{id}'"));
    }

    [Theory]
    [InlineData("visit", """{"note":" "}""", "note")]
    [InlineData("classify", """{"resolution":"ignore","text":"x"}""", "resolution")]
    [InlineData("classify", """{"resolution":"fix-at-once"}""", "text")]
    [InlineData("appeal-decision", """{"decision":"maybe","reason":"x"}""", "decision")]
    [InlineData("follow-up", """{"grade":9}""", "grade")]
    public async Task Bad_step_input_is_422_naming_the_field(string step, string json, string field)
    {
        var id = await BadRatingAsync();

        var response = await fixture.Host.CreateClient("clerk").PostAsync($"/api/ratings/rectifications/{id}/{step}",
            new StringContent(json, System.Text.Encoding.UTF8, "application/json"));

        Assert.Contains(field, (await response.ProblemAsync(HttpStatusCode.UnprocessableEntity)).ErrorFields());
        Assert.Equal("open", (await RowAsync(id)).Str("status"));
    }
}
