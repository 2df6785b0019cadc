using static Linkage.Supervision.Tests.IntakeEvents;

namespace Linkage.Supervision.Tests;

/// <summary>A published 通报 is final: a late fact for its month followed by a re-run leaves the public ranking alone.</summary>
public sealed class PublishedAssessmentTests(SupervisionHostFixture fixture) : IClassFixture<SupervisionHostFixture>
{
    private const string TownA = "350926110000", Month = "2025-04";

    [Fact]
    public async Task A_rerun_after_publication_leaves_the_published_ranking_alone()
    {
        var supervisor = fixture.Host.CreateClient("supervisor-county");
        var onTime = Accepted(new(2025, 4, 1), new(2025, 4, 8), 5, TownA, TownA);
        await fixture.DeliverAsync(onTime, Completed(onTime, new(2025, 4, 3)));
        await fixture.Host.Eventually(async () => await AprilAsync("Completed") == 1);
        (await supervisor.PostAsync($"/api/supervision/assessments?division={County}&month={Month}", null)).EnsureSuccessStatusCode();
        (await supervisor.PostAsync($"/api/supervision/assessments/{County}/{Month}/publish", null)).EnsureSuccessStatusCode();
        var published = await fixture.Host.CreateClient().OkBodyAsync($"/api/supervision/rankings?parent={County}&month={Month}");

        var late = Accepted(new(2025, 4, 2), new(2025, 4, 9), 5, TownA, TownA);
        await fixture.DeliverAsync(late, Completed(late, new(2025, 4, 20)));
        await fixture.Host.Eventually(async () => await AprilAsync("CompletedLate") == 1);
        var rerun = await supervisor.PostAsync($"/api/supervision/assessments?division={County}&month={Month}", null);
        rerun.EnsureSuccessStatusCode();

        var after = await fixture.Host.CreateClient().OkBodyAsync($"/api/supervision/rankings?parent={County}&month={Month}");
        Assert.Equal(published.GetRawText(), after.GetRawText());
    }

    private Task<long> AprilAsync(string column) => fixture.CountAsync(
        $"SELECT coalesce(sum(\"{column}\"), 0)::bigint FROM supervision.daily_counts " +
        $"WHERE \"HandlingDivision\" = '{TownA}' AND \"Day\" BETWEEN '2025-04-01' AND '2025-04-30'");
}
