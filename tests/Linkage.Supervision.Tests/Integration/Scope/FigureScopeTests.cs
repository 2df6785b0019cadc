using System.Net;
using Linkage.Contracts.Events.Approval;
using static Linkage.Supervision.Tests.IntakeEvents;

namespace Linkage.Supervision.Tests;

/// <summary>Least privilege on the figures and alerts (issue 20): a reviewer counts and sees only the cases of their
/// department, a clerk reads the counters of their own unit only, a reviewer none.</summary>
public sealed class FigureScopeTests(SupervisionHostFixture fixture) : IClassFixture<SupervisionHostFixture>
{
    private const string March = "from=2025-03-01&to=2025-03-31";

    [Fact]
    public async Task A_reviewer_sees_alerts_and_counts_only_for_cases_of_their_department()
    {
        var ours = Accepted(new DateOnly(2025, 3, 5), new DateOnly(2025, 3, 12), 5, County, County) with { HandlingOrgUnitId = "ou-350926-centre" };
        var theirs = Accepted(new DateOnly(2025, 3, 6), new DateOnly(2025, 3, 13), 5, County, County) with { HandlingOrgUnitId = "ou-350926-centre" };
        await fixture.DeliverAsync(ours, theirs);
        await fixture.PublishAsync(new ReviewOpened(ours.CaseId, ours.CaseNumber, ["dep-350926-scjg"], ours.DueDate, DateTimeOffset.UtcNow));
        var scjg = fixture.Host.CreateClient("reviewer-scjg");
        await fixture.Host.Eventually(async () => (await RedAsync(scjg)).Contains(ours.CaseId));

        Assert.DoesNotContain(theirs.CaseId, await RedAsync(scjg));
        var gaj = await RedAsync(fixture.Host.CreateClient("reviewer-gaj"));
        Assert.DoesNotContain(ours.CaseId, gaj);
        Assert.DoesNotContain(theirs.CaseId, gaj);
        Assert.Contains(theirs.CaseId, await RedAsync(fixture.Host.CreateClient("supervisor-county")));

        Assert.Equal(1, (await scjg.OkBodyAsync($"/api/supervision/stats?{March}")).GetProperty("received").GetInt32());
        Assert.Equal(0, (await fixture.Host.CreateClient("reviewer-gaj").OkBodyAsync($"/api/supervision/stats?{March}")).GetProperty("received").GetInt32());
        Assert.Equal(2, (await fixture.Host.CreateClient("supervisor-county").OkBodyAsync($"/api/supervision/stats?{March}")).GetProperty("received").GetInt32());
    }

    [Fact]
    public async Task Counters_are_the_own_units_for_a_clerk_and_none_for_a_reviewer()
    {
        var centre = Accepted(new DateOnly(2025, 4, 2), 5, County, County) with { HandlingOrgUnitId = "ou-350926-centre" };
        var other = Accepted(new DateOnly(2025, 4, 3), 5, County, County);
        await fixture.DeliverAsync(centre, Completed(centre, new DateOnly(2025, 4, 5)), other, Completed(other, new DateOnly(2025, 4, 8)));
        const string april = "from=2025-04-01&to=2025-04-30&by=org-unit";

        var clerk = await fixture.Host.CreateClient("clerk").OkBodyAsync($"/api/supervision/stats/breakdown?division={County}&{april}");
        var supervisor = await fixture.Host.CreateClient("supervisor-county").OkBodyAsync($"/api/supervision/stats/breakdown?division={County}&{april}");

        Assert.Equal(["ou-350926-centre"], clerk.EnumerateArray().Select(r => r.GetProperty("key").GetString()));
        Assert.Equal(["ou-350926-centre", "ou-350926000000"], supervisor.EnumerateArray().Select(r => r.GetProperty("key").GetString()));
        await (await fixture.Host.CreateClient("reviewer-scjg").GetAsync($"/api/supervision/stats/breakdown?division={County}&{april}"))
            .ProblemAsync(HttpStatusCode.NotFound);
    }

    private static async Task<IReadOnlyList<Guid>> RedAsync(HttpClient client) =>
        (await client.OkBodyAsync("/api/supervision/alerts?level=red&limit=500")).Items().EnumerateArray()
            .Select(a => a.GetProperty("caseId").GetGuid()).ToList();
}
