using System.Net;
using Linkage.Catalog.Persistence.Seed;
using Linkage.Contracts.Catalog.V1;
using Linkage.Testing;
using static Linkage.Catalog.Tests.Integration.CatalogHost;

namespace Linkage.Catalog.Tests.Integration;

/// <summary>The seeded company-start bundle (企业开办一件事) over REST, gRPC and the public guide.</summary>
[Collection(CatalogHostCollection.Name)]
public sealed class BundleTests(CatalogHost catalog)
{
    private static readonly string[] MergedCodes =
        ["application-form", "id-copy", "articles", "premises-proof", "seal-form", "invoice-form", "insurance-form", "staff-roster", "fund-form"];

    private Task<Bundle> GetAsync(string code, int version) => catalog.Grpc.GetBundleAsync(
        new GetBundleRequest { BundleCode = code, Version = version }, deadline: DateTime.UtcNow.AddSeconds(10)).ResponseAsync;

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public async Task GetBundle_answers_the_legs_the_merged_materials_the_combined_limit_and_the_merged_licence(int version)
    {
        var bundle = await GetAsync(DemoBundles.CompanyStart, version);

        Assert.True(bundle.Found);
        Assert.True(bundle.Active);
        Assert.Equal((1, "企业开办一件事", "ou-350926-centre", "350926000000"), (bundle.Version, bundle.Name, bundle.OrgUnitId, bundle.DivisionCode));
        Assert.Equal((5, TimeUnit.WorkingDays), (bundle.CommittedLimit.Amount, bundle.CommittedLimit.Unit));
        Assert.Equal(["000122005000", "000159006000", "000163007000", "000112008000", "000169009000"], bundle.Legs.Select(l => l.MatterCode));
        Assert.All(bundle.Legs, l => Assert.Equal(1, l.ImplementationVersion));
        Assert.Equal("企业设立登记", bundle.Legs[0].MatterName);
        Assert.Equal("350926-000122005000-01", bundle.Legs[0].ImplementationCode);
        Assert.Equal(MergedCodes, bundle.Materials.Select(m => m.Code));
        var roster = bundle.Materials.Single(m => m.Code == "staff-roster");
        Assert.True(roster.Required && roster.Deferrable);                  // one leg requires it, both allow 容缺
        Assert.True(bundle.MergedLicence.Produces);
        Assert.Equal(("11100000000013338W001", "营业执照", "11350926MB00001255"),
            (bundle.MergedLicence.TypeCode, bundle.MergedLicence.TypeName, bundle.MergedLicence.IssuerCreditCode));
    }

    [Theory]
    [InlineData("350926-YJS-QYKB-01", 2)]
    [InlineData("nope", 0)]
    [InlineData("", 0)]
    [InlineData("350926-YJS-QYKB-01", -1)]
    public async Task Unknown_or_malformed_bundles_are_not_found(string code, int version) =>
        Assert.False((await GetAsync(code, version)).Found);

    [Fact]
    public async Task The_bundle_is_public_over_rest_and_listed_for_a_villager_of_the_county()
    {
        using var client = catalog.Anonymous();
        var response = await client.GetAsync($"/api/catalog/bundles/{DemoBundles.CompanyStart}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await BodyAsync(response);
        Assert.Equal(5, body.GetProperty("legs").GetArrayLength());
        Assert.Equal(MergedCodes.Length, body.GetProperty("materials").GetArrayLength());
        Assert.Equal("营业执照", body.GetProperty("mergedLicence").GetProperty("typeName").GetString());

        var listed = (await BodyAsync(await client.GetAsync("/api/catalog/bundles?division=350926100201"))).Items();
        Assert.Contains(listed.EnumerateArray(), b => b.GetProperty("bundleCode").GetString() == DemoBundles.CompanyStart);
        var byName = await BodyAsync(await client.GetAsync($"/api/catalog/bundles?division=350926100201&q={Uri.EscapeDataString("开公司")}"));
        Assert.Equal(DemoBundles.CompanyStart, Assert.Single(byName.Items().EnumerateArray()).GetProperty("bundleCode").GetString());
        var other = await BodyAsync(await client.GetAsync($"/api/catalog/bundles?division=350926100201&q={Uri.EscapeDataString("低保")}"));
        Assert.Equal(0, other.Items().GetArrayLength());
        var elsewhere = (await BodyAsync(await client.GetAsync("/api/catalog/bundles?division=350981001001"))).Items();
        Assert.Equal(0, elsewhere.GetArrayLength());                      // Fu'an residents are not offered Zherong's bundle
    }

    [Fact]
    public async Task Unknown_bundles_and_divisions_answer_404_and_malformed_ones_422()
    {
        using var client = catalog.Anonymous();
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/catalog/bundles/350926-YJS-NONE")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/catalog/bundles?division=350926999000")).StatusCode);
        var bad = await client.GetAsync("/api/catalog/bundles?division=12");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, bad.StatusCode);
        Assert.True((await BodyAsync(bad)).GetProperty("errors").TryGetProperty("division", out _));
    }

    [Fact]
    public async Task The_guide_finds_the_company_registration_by_营业执照()
    {
        using var client = catalog.Anonymous();
        var guide = await BodyAsync(await client.GetAsync($"/api/catalog/matters?division=350926000000&q={Uri.EscapeDataString("营业执照")}"));
        Assert.Contains(guide.Items().EnumerateArray(), e => e.GetProperty("matterName").GetString() == "企业设立登记");
    }
}
