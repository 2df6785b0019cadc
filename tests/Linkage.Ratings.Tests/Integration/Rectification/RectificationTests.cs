using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Linkage.Kernel;

namespace Linkage.Ratings.Tests;

public sealed class RectificationTests(RatingsHostFixture fixture) : IClassFixture<RatingsHostFixture>
{
    [Fact]
    public async Task A_bad_rating_opens_a_rectification_due_in_fifteen_working_days_seen_by_the_handling_county()
    {
        var @case = await fixture.CaseAsync();
        using var resident = fixture.Host.CreateClient("resident");

        var response = await resident.PostAsJsonAsync("/api/ratings", new { caseId = @case.CaseId, grade = 2, channel = "online", comment = "等了很久" });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var rating = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        var deadline = DateOnly.Parse(rating.GetProperty("rectification").GetProperty("dueDate").GetString()!);
        var ratedOn = ChinaTime.ToLocalDate(rating.GetProperty("ratedAt").GetDateTimeOffset());
        Assert.Equal(15, WorkingDayCalendar.China.WorkingDaysBetween(ratedOn, deadline));

        var ledger = (await fixture.Host.CreateClient("clerk").GetFromJsonAsync<JsonElement>("/api/ratings/rectifications?status=open")).Items();
        var id = rating.GetProperty("rectification").GetProperty("id").GetGuid();
        var row = Assert.Single(ledger.EnumerateArray(), r => r.GetProperty("id").GetGuid() == id);
        Assert.Equal(2, row.GetProperty("grade").GetInt32());
        Assert.Equal("等了很久", row.GetProperty("comment").GetString());
        Assert.Equal("open", row.GetProperty("status").GetString());
    }

    [Theory]
    [InlineData("other-county-clerk")]
    [InlineData("resident")]
    [InlineData("agent")]   // the village station took the case; the county handled it and owns the bad rating
    public async Task Others_do_not_see_the_countys_ledger(string user)
    {
        var @case = await fixture.CaseAsync();
        using var resident = fixture.Host.CreateClient("resident");
        var rated = await resident.PostAsJsonAsync("/api/ratings", new { caseId = @case.CaseId, grade = 1, channel = "online" });
        Assert.Equal(HttpStatusCode.Created, rated.StatusCode);
        var id = JsonDocument.Parse(await rated.Content.ReadAsStringAsync()).RootElement.GetProperty("rectification").GetProperty("id").GetGuid();

        var ledger = (await fixture.Host.CreateClient(user).GetFromJsonAsync<JsonElement>("/api/ratings/rectifications")).Items();

        Assert.DoesNotContain(ledger.EnumerateArray(), r => r.GetProperty("id").GetGuid() == id);
    }

    [Theory]
    [InlineData("town-clerk", true)]           // the handling unit
    [InlineData("supervisor-county", true)]    // supervisors: the subtree
    [InlineData("clerk", false)]               // the county centre did not handle it
    [InlineData("reviewer-scjg", false)]
    public async Task A_towns_bad_rating_is_seen_by_the_town_and_the_supervisors_above_it(string user, bool sees)
    {
        var @case = await fixture.CaseAsync(handling: "350926100000", handlingOrgUnit: "ou-350926100-centre");
        var rated = await fixture.Host.CreateClient("resident").PostAsJsonAsync("/api/ratings", new { caseId = @case.CaseId, grade = 1, channel = "online" });
        Assert.Equal(HttpStatusCode.Created, rated.StatusCode);
        var id = JsonDocument.Parse(await rated.Content.ReadAsStringAsync()).RootElement.GetProperty("rectification").GetProperty("id").GetGuid();

        var ledger = (await fixture.Host.CreateClient(user).GetFromJsonAsync<JsonElement>("/api/ratings/rectifications?limit=500")).Items();
        var steps = await fixture.Host.CreateClient(user).GetAsync($"/api/ratings/rectifications/{id}/steps");

        Assert.Equal(sees, ledger.EnumerateArray().Any(r => r.GetProperty("id").GetGuid() == id));
        Assert.Equal(sees ? HttpStatusCode.OK : HttpStatusCode.NotFound, steps.StatusCode);
    }

    [Fact]
    public async Task An_unknown_status_is_422()
    {
        var response = await fixture.Host.CreateClient("clerk").GetAsync("/api/ratings/rectifications?status=pending");
        Assert.Contains("status", (await response.ProblemAsync(HttpStatusCode.UnprocessableEntity)).ErrorFields());
    }
}
