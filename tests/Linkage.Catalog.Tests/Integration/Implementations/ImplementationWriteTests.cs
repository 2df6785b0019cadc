using System.Net;
using System.Net.Http.Json;
using Linkage.Contracts.Catalog.V1;
using static Linkage.Catalog.Tests.Integration.CatalogHost;

namespace Linkage.Catalog.Tests.Integration;

[Collection(CatalogWriteHostCollection.Name)]
public sealed class ImplementationWriteTests(CatalogHost catalog)
{
    private const string FoodPermitEntry = "350926-000121010000-01";
    private const string TownCentre = "ou-350926100-centre";

    [Fact]
    public async Task A_town_entry_inherits_the_county_entry_overrides_one_term_and_says_where_each_came_from()
    {
        using var admin = catalog.As("350926000000");
        var code = $"350926100-000121010000-{Random.Shared.Next(10, 99)}";
        var response = await admin.PutAsJsonAsync($"/api/catalog/implementations/{code}", new
        {
            matterCode = "000121010000", orgUnitId = TownCentre, inheritsFrom = FoodPermitEntry,
            committedLimit = new { amount = 8, unit = "working-days" }, hours = "周二、周四全天",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await BodyAsync(response);
        Assert.Equal(8, body.GetProperty("committedLimit").GetProperty("amount").GetInt32());
        Assert.Equal(20, body.GetProperty("legalLimit").GetProperty("amount").GetInt32());
        Assert.Equal(4, body.GetProperty("materials").GetArrayLength());
        Assert.Equal("周二、周四全天", body.GetProperty("hours").GetString());
        Assert.Equal(1, body.GetProperty("matterVersion").GetInt32());
        var sources = body.GetProperty("provenance").EnumerateArray()
            .ToDictionary(p => p.GetProperty("field").GetString()!, p => p.GetProperty("source").GetString());
        Assert.Equal("local", sources["committedLimit"]);
        Assert.Equal($"inherited:{FoodPermitEntry}@1", sources["materials"]);
    }

    [Fact]
    public async Task A_committed_limit_above_the_legal_one_is_422_naming_committedLimit_and_nothing_is_saved()
    {
        using var admin = catalog.As("350926000000");
        var before = await catalog.CountRowsAsync();
        var response = await admin.PutAsJsonAsync("/api/catalog/implementations/350926100-000121010000-77", new
        {
            matterCode = "000121010000", orgUnitId = TownCentre, inheritsFrom = FoodPermitEntry,
            committedLimit = new { amount = 25, unit = "working-days" },
        });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.True((await BodyAsync(response)).GetProperty("errors").TryGetProperty("committedLimit", out _));
        Assert.Equal(before, await catalog.CountRowsAsync());
    }

    [Fact]
    public async Task Overriding_a_locked_term_is_422_and_keeping_it_is_fine()
    {
        var matter = CatalogWrites.NewMatterCode();
        await CatalogWrites.AddAtProvinceAsync(catalog.Host.Services, matter);
        using var admin = catalog.As("350926000000");
        var county = await admin.PutAsJsonAsync($"/api/catalog/implementations/350926-{matter}-01", new
        {
            matterCode = matter, orgUnitId = "ou-350926-centre", inheritsFrom = $"350000-{matter}-01", locks = new[] { "proxyAllowed" },
        });
        Assert.Equal(HttpStatusCode.OK, county.StatusCode);

        var locked = await admin.PutAsJsonAsync($"/api/catalog/implementations/350926100-{matter}-01", new
        {
            matterCode = matter, orgUnitId = TownCentre, inheritsFrom = $"350926-{matter}-01", proxyAllowed = false,
        });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, locked.StatusCode);
        Assert.True((await BodyAsync(locked)).GetProperty("errors").TryGetProperty("proxyAllowed", out _));

        var kept = await admin.PutAsJsonAsync($"/api/catalog/implementations/350926100-{matter}-01", new
        {
            matterCode = matter, orgUnitId = TownCentre, inheritsFrom = $"350926-{matter}-01", proxyAllowed = true, trips = 0,
        });
        Assert.Equal(HttpStatusCode.OK, kept.StatusCode);
    }

    [Fact]
    public async Task Delegating_to_a_town_moves_resolution_there_and_revoking_moves_it_back()
    {
        var matter = CatalogWrites.NewMatterCode();
        await CatalogWrites.AddAtProvinceAsync(catalog.Host.Services, matter);
        using var admin = catalog.As("350926000000");
        await admin.PutAsJsonAsync($"/api/catalog/implementations/350926-{matter}-01",
            new { matterCode = matter, orgUnitId = "ou-350926-centre", inheritsFrom = $"350000-{matter}-01" });
        Assert.Equal("ou-350926-centre", (await ResolveAsync(matter)).OrgUnitId);

        var delegated = await admin.PostAsJsonAsync("/api/catalog/delegations", new
        {
            fromImplementationCode = $"350926-{matter}-01", toOrgUnitId = TownCentre, implementationCode = $"350926100-{matter}-01",
        });
        Assert.Equal(HttpStatusCode.Created, delegated.StatusCode);
        var resolved = await ResolveAsync(matter);
        Assert.Equal((TownCentre, $"350926100-{matter}-01"), (resolved.OrgUnitId, resolved.ImplementationCode));

        var id = (await BodyAsync(delegated)).GetProperty("id").GetString();
        var revoked = await BodyAsync(await admin.PostAsync($"/api/catalog/delegations/{id}/revoke", null));
        Assert.Equal("tier-admin-350926000000", revoked.GetProperty("revokedBy").GetString());
        Assert.Equal("ou-350926-centre", (await ResolveAsync(matter)).OrgUnitId);
    }

    [Fact]
    public async Task Delegating_outside_the_subtree_is_422_naming_toOrgUnitId_and_nothing_is_saved()
    {
        using var admin = catalog.As("350926000000");
        var before = await catalog.CountRowsAsync();
        var response = await admin.PostAsJsonAsync("/api/catalog/delegations", new
        {
            fromImplementationCode = FoodPermitEntry, toOrgUnitId = "ou-350981-centre", implementationCode = "350981-000121010000-99",
        });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.True((await BodyAsync(response)).GetProperty("errors").TryGetProperty("toOrgUnitId", out _));
        Assert.Equal(before, await catalog.CountRowsAsync());
    }

    [Fact]
    public async Task Another_countys_entry_is_404_to_this_admin()
    {
        using var admin = catalog.As("350926000000");
        var response = await admin.PutAsJsonAsync("/api/catalog/implementations/350981-000121010000-01", new { trips = 0 });
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private Task<ResolveCompetentUnitReply> ResolveAsync(string matter) => catalog.Grpc.ResolveCompetentUnitAsync(
        new ResolveCompetentUnitRequest { MatterCode = matter, DivisionCode = "350926100201" }).ResponseAsync;
}
