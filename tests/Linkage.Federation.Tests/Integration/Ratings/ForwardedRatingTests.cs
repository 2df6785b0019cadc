using System.Net;
using System.Net.Http.Json;
using Linkage.Federation.Tests.Infrastructure;
using Linkage.Testing;
using static Linkage.Federation.Tests.Api;

namespace Linkage.Federation.Tests;

/// <summary>好差评 of a forwarded case across deployments (decision 0628): the invitation goes out at the town, where
/// the resident was served and her ID digest (the town's key) is known; her 差评 goes up to the county, signed and
/// without who rated, and opens the rectification of the county's unit that handled the case — once.</summary>
[Collection(TiersCollection.Name)]
public sealed class ForwardedRatingTests(Tiers tiers)
{
    private static readonly TimeSpan Crossing = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task A_resident_rates_a_forwarded_case_at_the_town_and_the_county_opens_its_rectification()
    {
        var (town, county) = (tiers.Town.Host, tiers.County.Host);
        using var resident = town.CreateClient("resident");
        var (caseId, token) = await InvitedAtTownAsync(town, county, resident, Crossing);
        var rated = await resident.PostAsJsonAsync("/api/ratings", new { token, grade = 1, comment = "跑了两趟才拿到许可证" });
        Assert.Equal(HttpStatusCode.Created, rated.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await resident.PostAsJsonAsync("/api/ratings", new { token, grade = 5 })).StatusCode);

        await county.Eventually(async () => await CountAsync(county,
            """SELECT count(*) FROM ratings.rectifications WHERE "CaseId" = @id""", caseId) == 1 ? "" : null, Crossing);
        Assert.Equal(1, await CountAsync(county,                                // the county's unit owns the 差评
            """SELECT count(*) FROM ratings.rectifications WHERE "CaseId" = @id AND "HandlingOrgUnitId" = 'ou-350926-centre' AND "Status" = 'Open'""",
            caseId));
        Assert.Equal(1, await CountAsync(county,
            """SELECT count(*) FROM ratings.ratings WHERE "CaseId" = @id AND "Grade" = 1 AND "Channel" = 'Station'""", caseId));
        Assert.Equal(0, await CountAsync(county, """SELECT count(*) FROM ratings.invitations WHERE "CaseId" = @id""", caseId));
        Assert.Equal(0, await CountAsync(town, """SELECT count(*) FROM ratings.rectifications WHERE "CaseId" = @id AND NOT "Mirror" """, caseId));
        Assert.Equal(1, await CountAsync(town,                                  // what went up names no one
            """
            SELECT count(*) FROM ratings.outbox_messages o WHERE o.kind = 'federation' AND o.subject IN
              (SELECT "Id"::text FROM ratings.ratings WHERE "CaseId" = @id)
              AND NOT EXISTS (SELECT 1 FROM ratings.invitations i WHERE i."CaseId" = @id AND o.payload::text LIKE '%' || i."ApplicantIdDigest" || '%')
            """, caseId));
        foreach (var tier in new[] { tiers.City, tiers.County, tiers.Town })
            Assert.Equal(0, await tier.Node.QueuedAsync($"{tier.Id.AppId}-quarantine"));
    }
}
