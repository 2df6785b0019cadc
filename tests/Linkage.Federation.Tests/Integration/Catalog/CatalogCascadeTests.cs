using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Linkage.Federation.Tests.Infrastructure;
using Linkage.Kernel;
using Linkage.ServiceDefaults.Auth;
using Linkage.Testing;

namespace Linkage.Federation.Tests;

/// <summary>The catalog cascade through the brokers' links (not one vhost, as the catalog's own CascadeTests): a matter
/// published and revised at the city's deployment (the catalogue keeper; <c>up --tiers</c> has no province) reaches the
/// county's deployment, whose local override stays and whose lock still holds for the town-level entry below it.</summary>
[Collection(TiersCollection.Name)]
public sealed class CatalogCascadeTests(Tiers tiers)
{
    private static readonly TimeSpan Crossing = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task A_matter_revised_at_the_city_cascades_to_the_county_keeping_its_override_and_lock()
    {
        var code = "9" + Random.Shared.NextInt64(0, 99_999_999_999).ToString("D11");
        var today = ChinaTime.ToLocalDate(DateTimeOffset.UtcNow);
        var (city, county) = (tiers.City.Host, tiers.County.Host);
        using var keeper = Admin(city, "350000000000");
        using var countyAdmin = Admin(county, "350926000000");
        Assert.Equal(HttpStatusCode.Created, (await keeper.PostAsJsonAsync("/api/catalog/matters", Matter(code, today, 20, 10, 2))).StatusCode);
        await county.Eventually(async () => (await county.CreateClient().GetAsync($"/api/catalog/matters/{code}")).IsSuccessStatusCode ? "" : null, Crossing);

        Assert.Equal(HttpStatusCode.OK, (await countyAdmin.PutAsJsonAsync($"/api/catalog/implementations/350926-{code}-01", new
        {
            matterCode = code, orgUnitId = "ou-350926-centre", effectiveFrom = today, committedLimit = new { amount = 8, unit = "working-days" },
            departments = new[] { new { departmentId = "dep-350926-mzj", limitWorkingDays = 5, signsOff = true } }, locks = new[] { "trips" },
        })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await countyAdmin.PutAsJsonAsync($"/api/catalog/implementations/350926100-{code}-01", new
        {
            matterCode = code, orgUnitId = "ou-350926100-centre", effectiveFrom = today, inheritsFrom = $"350926-{code}-01", hours = "周二全天",
        })).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await keeper.PutAsJsonAsync($"/api/catalog/matters/{code}", Matter(code, today, 15, 12, 0))).StatusCode);
        var centre = await EntryAsync(county, $"350926-{code}-01", version: 2);
        var town = await EntryAsync(county, $"350926100-{code}-01", version: 2);
        Assert.Equal(2, centre.GetProperty("matterVersion").GetInt32());
        Assert.Equal(15, centre.GetProperty("legalLimit").GetProperty("amount").GetInt32());   // from the city's revision
        Assert.Equal(8, centre.GetProperty("committedLimit").GetProperty("amount").GetInt32()); // the county's override
        Assert.Equal(0, centre.GetProperty("trips").GetInt32());
        Assert.Equal(0, town.GetProperty("trips").GetInt32());                                 // locked: the county's again
        Assert.Equal("周二全天", town.GetProperty("hours").GetString());
        Assert.Equal(2, (await county.CreateClient().GetFromJsonAsync<JsonElement>($"/api/catalog/matters/{code}"))
            .GetProperty("versions").GetArrayLength());
        foreach (var tier in new[] { tiers.City, tiers.County, tiers.Town })
            Assert.Equal(0, await tier.Node.Management.MessageCountAsync($"{tier.Id.AppId}-quarantine"));
    }

    private static async Task<JsonElement> EntryAsync(LinkageTestHost host, string code, int version)
    {
        using var admin = Admin(host, "350926000000");
        return await host.Eventually(async () =>
        {
            var response = await admin.GetAsync($"/api/catalog/implementations/{code}");
            var body = response.IsSuccessStatusCode ? await response.Content.ReadFromJsonAsync<JsonElement>() : default;
            return response.IsSuccessStatusCode && body.GetProperty("version").GetInt32() == version ? (JsonElement?)body : null;
        }, Crossing) ?? default;
    }

    private static HttpClient Admin(LinkageTestHost host, string division)
    {
        var client = host.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", host.TokenFor(new DemoUser($"admin-{division}", "admin", ["tier-admin"], division)));
        return client;
    }

    private static object Matter(string code, DateOnly from, int legal, int committed, int trips) => new
    {
        code, name = "级联测试事项", type = "public-service", keywords = new[] { "级联" }, effectiveFrom = from, legalBasis = "《测试条例》",
        handlingLevels = new[] { "county", "town" }, caseKind = "committed", legalLimit = new { amount = legal, unit = "working-days" },
        committedLimit = new { amount = committed, unit = "working-days" }, trips,
    };
}
