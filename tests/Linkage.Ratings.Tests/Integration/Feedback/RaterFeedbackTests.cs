using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Linkage.Ratings.Tests;

/// <summary>The rater is told the result (decision 0638): the applicant reads their own rectification — status, the
/// unit's feedback, dates — and adds the follow-up rating; nobody else reads it there, and it names no staff.</summary>
public sealed class RaterFeedbackTests(RatingsHostFixture fixture) : IClassFixture<RatingsHostFixture>
{
    private async Task<Guid> BadRatingAsync()
    {
        var @case = await fixture.CaseAsync(handlingOrgUnit: "ou-350926-centre");
        var rating = await (await fixture.RateAsync(new { caseId = @case.CaseId, grade = 2, comment = "排队两个小时" })).CreatedAsync();
        return rating.GetProperty("rectification").GetProperty("id").GetGuid();
    }

    private async Task<JsonElement> MineAsync(Guid id, string user = "resident") =>
        await (await fixture.Host.CreateClient(user).GetAsync($"/api/ratings/my/rectifications/{id}")).OkAsync();

    [Fact]
    public async Task The_rater_reads_the_units_feedback_with_its_dates_and_then_follows_up()
    {
        var id = await BadRatingAsync();
        var open = await MineAsync(id);
        Assert.Equal(("open", false, 2), (open.Str("status"), open.GetProperty("followUpOpen").GetBoolean(), open.GetProperty("grade").GetInt32()));
        Assert.False(open.TryGetProperty("result", out _)); // nothing fed back yet

        await (await fixture.StepAsync("clerk", id, "visit", new { note = "经联系转接回访，申请人反映排队时间长" })).OkAsync();
        await (await fixture.StepAsync("clerk", id, "classify", new { resolution = "fix-at-once", text = "已增开午间窗口" })).OkAsync();

        var fedBack = await MineAsync(id);
        Assert.Equal(("fed-back", "fix-at-once", "已增开午间窗口", true),
            (fedBack.Str("status"), fedBack.Str("resolution"), fedBack.Str("result"), fedBack.GetProperty("followUpOpen").GetBoolean()));
        Assert.Equal(JsonValueKind.String, fedBack.GetProperty("visitedAt").ValueKind);
        Assert.Equal(JsonValueKind.String, fedBack.GetProperty("fedBackAt").ValueKind);
        var fields = fedBack.EnumerateObject().Select(p => p.Name).ToList();
        foreach (var hidden in new[] { "raterIdDigest", "ratingId", "by", "note", "visitNote" }) Assert.DoesNotContain(hidden, fields);
        Assert.DoesNotContain("经联系转接回访", fedBack.GetRawText()); // the unit's own notes stay the unit's

        await (await fixture.StepAsync("resident", id, "follow-up", new { grade = 4, comment = "改进明显" })).OkAsync();
        var closed = await MineAsync(id);
        Assert.Equal(("closed", 4, "改进明显", false), (closed.Str("status"), closed.GetProperty("followUpGrade").GetInt32(),
            closed.Str("followUpComment"), closed.GetProperty("followUpOpen").GetBoolean()));
        var mine = (await fixture.Host.CreateClient("resident").GetFromJsonAsync<JsonElement>("/api/ratings/my/rectifications?limit=500")).Items();
        Assert.Contains(mine.EnumerateArray(), r => r.GetProperty("id").GetGuid() == id && r.Str("status") == "closed");
    }

    [Theory]
    [InlineData("other-resident")]
    [InlineData("clerk")]
    [InlineData("supervisor-county")]
    public async Task Nobody_else_reads_it_as_theirs(string user)
    {
        var id = await BadRatingAsync();
        using var other = fixture.Host.CreateClient(user);

        await (await other.GetAsync($"/api/ratings/my/rectifications/{id}")).ProblemAsync(HttpStatusCode.NotFound);
        var theirs = (await other.GetFromJsonAsync<JsonElement>("/api/ratings/my/rectifications?limit=500")).Items();
        Assert.DoesNotContain(theirs.EnumerateArray(), r => r.GetProperty("id").GetGuid() == id);
        Assert.Equal("open", (await MineAsync(id)).Str("status"));
    }
}
