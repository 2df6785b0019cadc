using System.Net;
using static Linkage.Supervision.Tests.IntakeEvents;

namespace Linkage.Supervision.Tests;

/// <summary>A supervised case is seen by staff whose subtree holds where it is handled or where it was taken.</summary>
public sealed class ScopeTests(SupervisionHostFixture fixture) : IClassFixture<SupervisionHostFixture>
{
    [Theory]
    [InlineData("supervisor-county", HttpStatusCode.OK)]
    [InlineData("supervisor-city", HttpStatusCode.OK)]
    [InlineData("admin-province", HttpStatusCode.OK)]
    [InlineData("agent", HttpStatusCode.OK)]                 // the village station where it was taken
    [InlineData("town-clerk", HttpStatusCode.OK)]            // the village is in the town's subtree
    [InlineData("other-county-clerk", HttpStatusCode.NotFound)]
    [InlineData("resident", HttpStatusCode.NotFound)]        // applicants follow their case in intake, not here
    public async Task A_case_taken_in_a_village_and_handled_by_the_county(string user, HttpStatusCode expected)
    {
        var accepted = Accepted(new DateOnly(2025, 9, 1), 5, County, Village);
        await fixture.DeliverAsync(accepted);

        var response = await fixture.Host.CreateClient(user).GetAsync($"/api/supervision/cases/{accepted.CaseId}");

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task An_unknown_case_is_not_found()
    {
        var response = await fixture.Host.CreateClient("supervisor-county").GetAsync($"/api/supervision/cases/{Guid.NewGuid()}");
        await response.ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Without_a_token_it_is_401()
    {
        var response = await fixture.Host.CreateClient().GetAsync("/api/supervision/stats");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
