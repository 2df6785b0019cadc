using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Linkage.Federation.Tests.Infrastructure;
using Linkage.Kernel;
using Linkage.ServiceDefaults.Auth;
using Linkage.Testing;
using static Linkage.Federation.Tests.Api;

namespace Linkage.Federation.Tests;

/// <summary>The catalog cascade through the brokers' links (not one vhost, as the catalog's own CascadeTests): a matter
/// published and revised at the city's deployment (the catalogue keeper; <c>up --tiers</c> has no province) reaches the
/// county's deployment, whose local override stays and whose lock still holds for the town-level entry below it; and,
/// forwarded by the county (0549), the town's deployment, with the town's override and the county's lock kept there.</summary>
[Collection(TiersCollection.Name)]
public sealed class CatalogCascadeTests(Tiers tiers)
{
    private static readonly TimeSpan Crossing = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task A_matter_revised_at_the_city_cascades_to_the_county_keeping_its_override_and_lock()
    {
        var today = ChinaTime.ToLocalDate(DateTimeOffset.UtcNow);
        var county = tiers.County.Host;
        using var keeper = Admin(tiers.City.Host, "350000000000");
        using var countyAdmin = Admin(county, "350926000000");
        var code = await PublishAtCityAsync(keeper, county, today);

        await PutEntriesAsync(countyAdmin, countyAdmin, code, today);

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
            Assert.Equal(0, await tier.Node.QueuedAsync($"{tier.Id.AppId}-quarantine"));
    }

    [Fact]
    public async Task A_matter_revised_at_the_city_reaches_the_town_through_its_county_keeping_the_towns_override_and_the_countys_lock()
    {
        var today = ChinaTime.ToLocalDate(DateTimeOffset.UtcNow);
        var town = tiers.Town.Host;
        using var keeper = Admin(tiers.City.Host, "350000000000");
        var code = await PublishAtCityAsync(keeper, town, today); // no cascade event targets the town: the county's forward does (0549)

        // the town's catalogue: its copy of the county's entry (trips locked, a local committed limit) and its own below it
        using var countyAtTown = Admin(town, "350926000000");
        using var townAdmin = Admin(town, "350926100000");
        await PutEntriesAsync(countyAtTown, townAdmin, code, today);

        Assert.Equal(HttpStatusCode.OK, (await keeper.PutAsJsonAsync($"/api/catalog/matters/{code}", Matter(code, today, 15, 12, 0))).StatusCode);
        var upper = await EntryAsync(town, $"350926-{code}-01", version: 2);
        var own = await EntryAsync(town, $"350926100-{code}-01", version: 2);
        Assert.Equal(15, upper.GetProperty("legalLimit").GetProperty("amount").GetInt32());   // the city's revision
        Assert.Equal(8, upper.GetProperty("committedLimit").GetProperty("amount").GetInt32()); // the county's override
        Assert.Equal(2, own.GetProperty("matterVersion").GetInt32());
        Assert.Equal(15, own.GetProperty("legalLimit").GetProperty("amount").GetInt32());
        Assert.Equal(0, own.GetProperty("trips").GetInt32());                                 // locked by the county
        Assert.Equal("周二全天", own.GetProperty("hours").GetString());                       // the town's override
        Assert.Equal(2, (await town.CreateClient().GetFromJsonAsync<JsonElement>($"/api/catalog/matters/{code}"))
            .GetProperty("versions").GetArrayLength());
        Assert.Equal(2, await CountAsync(tiers.County.Host,                                    // forwarded once per change
            "SELECT count(*) FROM catalog.outbox_messages WHERE subject = @id AND target_division = '350926100000'", code));
        foreach (var tier in new[] { tiers.City, tiers.County, tiers.Town })
            Assert.Equal(0, await tier.Node.QueuedAsync($"{tier.Id.AppId}-quarantine"));
    }

    /// <summary>A new matter published by the catalogue keeper at the city, once it has reached <paramref name="tier"/>.</summary>
    private static async Task<string> PublishAtCityAsync(HttpClient keeper, LinkageTestHost tier, DateOnly today)
    {
        var code = "9" + Random.Shared.NextInt64(0, 99_999_999_999).ToString("D11");
        Assert.Equal(HttpStatusCode.Created, (await keeper.PostAsJsonAsync("/api/catalog/matters", Matter(code, today, 20, 10, 2))).StatusCode);
        await tier.Eventually(async () => (await tier.CreateClient().GetAsync($"/api/catalog/matters/{code}")).IsSuccessStatusCode ? "" : null, Crossing);
        return code;
    }

    /// <summary>The county's entry (a local committed limit, trips locked) and the town's below it (local hours).</summary>
    private static async Task PutEntriesAsync(HttpClient county, HttpClient town, string code, DateOnly today)
    {
        Assert.Equal(HttpStatusCode.OK, (await county.PutAsJsonAsync($"/api/catalog/implementations/350926-{code}-01", new
        {
            matterCode = code, orgUnitId = "ou-350926-centre", effectiveFrom = today, committedLimit = new { amount = 8, unit = "working-days" },
            departments = new[] { new { departmentId = "dep-350926-mzj", limitWorkingDays = 5, signsOff = true } }, locks = new[] { "trips" },
        })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await town.PutAsJsonAsync($"/api/catalog/implementations/350926100-{code}-01", new
        {
            matterCode = code, orgUnitId = "ou-350926100-centre", effectiveFrom = today, inheritsFrom = $"350926-{code}-01", hours = "周二全天",
        })).StatusCode);
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
