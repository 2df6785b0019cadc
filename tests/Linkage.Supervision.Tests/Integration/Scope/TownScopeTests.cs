using System.Net;
using System.Net.Http.Json;
using static Linkage.Supervision.Tests.IntakeEvents;

namespace Linkage.Supervision.Tests;

/// <summary>A town supervisor (demo user <c>supervisor-town</c>, 双城镇) watches its own town's subtree: its cases, alarms
/// and figures, and nothing of a sibling town's (404), the county above seeing both.</summary>
public sealed class TownScopeTests(SupervisionHostFixture fixture) : IClassFixture<SupervisionHostFixture>
{
    private const string Town = "350926100000", TownVillage = "350926100201";
    private const string Sibling = "350926102000", SiblingVillage = "350926102201";
    private const string June = "from=2025-06-01&to=2025-06-30";

    [Fact]
    public async Task A_town_supervisor_sees_its_towns_cases_alarms_and_figures_and_not_a_sibling_towns()
    {
        var ours = Accepted(new DateOnly(2025, 6, 3), 2, Town, TownVillage);
        var theirs = Accepted(new DateOnly(2025, 6, 3), 2, Sibling, SiblingVillage);
        await fixture.DeliverAsync(ours, theirs);
        await fixture.SweepAsync(new DateOnly(2025, 6, 9)); // both past due: a red card each
        var county = fixture.Host.CreateClient("supervisor-county");
        var theirCard = Assert.Single((await county.OkBodyAsync($"/api/supervision/alarms?caseId={theirs.CaseId}")).Items().EnumerateArray());
        var town = fixture.Host.CreateClient("supervisor-town");

        (await town.GetAsync($"/api/supervision/cases/{ours.CaseId}")).EnsureSuccessStatusCode();
        await (await town.GetAsync($"/api/supervision/cases/{theirs.CaseId}")).ProblemAsync(HttpStatusCode.NotFound);

        var ourCard = Assert.Single((await town.OkBodyAsync($"/api/supervision/alarms?caseId={ours.CaseId}")).Items().EnumerateArray());
        Assert.Empty((await town.OkBodyAsync($"/api/supervision/alarms?caseId={theirs.CaseId}")).Items().EnumerateArray());
        var theirId = theirCard.GetProperty("id").GetGuid();
        await (await town.PostAsJsonAsync($"/api/supervision/alarms/{theirId}/acknowledge", new { })).ProblemAsync(HttpStatusCode.NotFound);
        await (await town.PostAsJsonAsync($"/api/supervision/alarms/{theirId}/resolve", new { note = "越权" })).ProblemAsync(HttpStatusCode.NotFound);
        (await town.PostAsJsonAsync($"/api/supervision/alarms/{ourCard.GetProperty("id").GetGuid()}/acknowledge", new { })).EnsureSuccessStatusCode();
        Assert.Equal("raised", Assert.Single((await county.OkBodyAsync($"/api/supervision/alarms?caseId={theirs.CaseId}")).Items().EnumerateArray())
            .GetProperty("state").GetString());

        Assert.Equal(1, (await town.OkBodyAsync($"/api/supervision/stats?division={Town}&{June}")).GetProperty("received").GetInt32());
        await (await town.GetAsync($"/api/supervision/stats?division={Sibling}&{June}")).ProblemAsync(HttpStatusCode.NotFound);
        await (await town.GetAsync($"/api/supervision/stats?division={County}&{June}")).ProblemAsync(HttpStatusCode.NotFound);

        var children = (await town.OkBodyAsync($"/api/supervision/stats/breakdown?division={Town}&by=child-region&{June}")).EnumerateArray().ToList();
        Assert.Equal(1, children.Sum(r => r.GetProperty("received").GetInt32()));
        Assert.DoesNotContain(children, r => r.GetProperty("key").GetString() == Sibling);
        await (await town.GetAsync($"/api/supervision/stats/breakdown?division={Sibling}&by=child-region&{June}")).ProblemAsync(HttpStatusCode.NotFound);
        await (await town.GetAsync($"/api/supervision/stats/breakdown?division={County}&by=child-region&{June}")).ProblemAsync(HttpStatusCode.NotFound);

        var countyChildren = (await county.OkBodyAsync($"/api/supervision/stats/breakdown?division={County}&by=child-region&{June}")).EnumerateArray()
            .ToDictionary(r => r.GetProperty("key").GetString()!, r => r.GetProperty("received").GetInt32());
        Assert.Equal(1, countyChildren[Town]);
        Assert.Equal(1, countyChildren[Sibling]);
    }
}
