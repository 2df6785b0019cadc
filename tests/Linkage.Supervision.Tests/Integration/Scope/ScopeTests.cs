using System.Net;
using Linkage.Contracts.Events.Approval;
using Linkage.Contracts.Events.Intake;
using static Linkage.Supervision.Tests.IntakeEvents;

namespace Linkage.Supervision.Tests;

/// <summary>A supervised case is seen by supervisors whose subtree holds where it is handled or where it was taken, by
/// the centre or station that handles it or took it in, and by reviewers of its departments (decision 0300).</summary>
public sealed class ScopeTests(SupervisionHostFixture fixture) : IClassFixture<SupervisionHostFixture>
{
    private static CaseAccepted TakenInTheVillageHandledByTheCounty() => Accepted(new DateOnly(2025, 9, 1), 5, County, Village)
        with { HandlingOrgUnitId = "ou-350926-centre", SubmittedAtOrgUnitId = "ou-350926100201-station" };

    [Theory]
    [InlineData("supervisor-county", HttpStatusCode.OK)]
    [InlineData("supervisor-city", HttpStatusCode.OK)]
    [InlineData("admin-province", HttpStatusCode.OK)]
    [InlineData("agent", HttpStatusCode.OK)]                 // the village station where it was taken
    [InlineData("clerk", HttpStatusCode.OK)]                 // the county centre that handles it
    [InlineData("town-clerk", HttpStatusCode.NotFound)]      // the town centre neither took it in nor handles it
    [InlineData("reviewer-gaj", HttpStatusCode.NotFound)]    // no task of their department on it
    [InlineData("other-county-clerk", HttpStatusCode.NotFound)]
    [InlineData("resident", HttpStatusCode.NotFound)]        // applicants follow their case in intake, not here
    public async Task A_case_taken_in_a_village_and_handled_by_the_county(string user, HttpStatusCode expected)
    {
        var accepted = TakenInTheVillageHandledByTheCounty();
        await fixture.DeliverAsync(accepted);

        var response = await fixture.Host.CreateClient(user).GetAsync($"/api/supervision/cases/{accepted.CaseId}");

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task A_reviewer_sees_the_case_once_their_department_reviews_it()
    {
        var accepted = TakenInTheVillageHandledByTheCounty();
        await fixture.DeliverAsync(accepted);
        using var scjg = fixture.Host.CreateClient("reviewer-scjg");
        Assert.Equal(HttpStatusCode.NotFound, (await scjg.GetAsync($"/api/supervision/cases/{accepted.CaseId}")).StatusCode);

        await fixture.PublishAsync(new ReviewOpened(accepted.CaseId, accepted.CaseNumber, ["dep-350926-scjg"], accepted.DueDate, DateTimeOffset.UtcNow));

        await fixture.Host.Eventually(async () =>
            (await scjg.GetAsync($"/api/supervision/cases/{accepted.CaseId}")).StatusCode == HttpStatusCode.OK);
        using var gaj = fixture.Host.CreateClient("reviewer-gaj");
        Assert.Equal(HttpStatusCode.NotFound, (await gaj.GetAsync($"/api/supervision/cases/{accepted.CaseId}")).StatusCode);
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
