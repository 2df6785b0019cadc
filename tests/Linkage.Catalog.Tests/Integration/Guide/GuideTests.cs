using System.Net;
using System.Text.Json;
using Linkage.Testing;
using static Linkage.Catalog.Tests.Integration.CatalogHost;

namespace Linkage.Catalog.Tests.Integration;

/// <summary>The public guide (办事指南): what a resident of a division can apply for, and where.</summary>
[Collection(CatalogHostCollection.Name)]
public sealed class GuideTests(CatalogHost catalog)
{
    private const string Village = "350926100201";

    private async Task<List<JsonElement>> GuideAsync(string query)
    {
        using var client = catalog.Anonymous();
        var response = await client.GetAsync($"/api/catalog/matters?{query}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await BodyAsync(response)).Items().EnumerateArray().ToList();
    }

    private static string Where(JsonElement entry) => entry.GetProperty("where").GetProperty("id").GetString()!;

    [Fact]
    public async Task A_villager_sees_every_matter_at_the_nearest_unit_that_handles_it()
    {
        var guide = (await GuideAsync($"division={Village}")).ToDictionary(e => e.GetProperty("matterCode").GetString()!);

        Assert.Equal(33, guide.Count);                                     // every demo matter has an entry on 溪坪村's chain
        Assert.Equal("ou-350926100-centre", Where(guide["000113012000"]));  // 老年人优待证: at the town
        Assert.Equal("ou-350926100-centre", Where(guide["000142001000"]));  // rural housing: delegated to the town
        Assert.Equal("ou-350900-centre", Where(guide["000112013000"]));     // social security card: at the city
        Assert.Equal("ou-350000-centre", Where(guide["000144002000"]));     // contractor safety licence: at the province
        Assert.Equal("ou-350926-centre", Where(guide["000121010000"]));     // food permit: at the county, not Fu'an
        var food = guide["000121010000"];
        Assert.Equal("350926-000121010000-01", food.GetProperty("implementationCode").GetString());
        Assert.Equal(10, food.GetProperty("committedLimit").GetProperty("amount").GetInt32());
        Assert.Equal("working-days", food.GetProperty("committedLimit").GetProperty("unit").GetString());
        Assert.Equal(4, food.GetProperty("materials").GetArrayLength());
        Assert.Equal("食品经营许可证", food.GetProperty("licence").GetProperty("typeName").GetString());
    }

    [Fact]
    public async Task Retirement_finds_the_pension_qualification_check_and_the_retirement_qualification_by_their_everyday_name()
    {
        var guide = (await GuideAsync($"division={Village}&q=退休")).ToDictionary(e => e.GetProperty("matterName").GetString()!);

        Assert.Equal(2, guide.Count);
        var check = guide["城乡居民养老保险待遇领取资格认证"];
        Assert.Equal("ou-350926100-centre", Where(check));
        Assert.Equal("instant", check.GetProperty("caseKind").GetString());
        var retirement = guide["企业职工退休资格认定（正常退休）"];
        Assert.Equal("ou-350926-centre", Where(retirement));
        Assert.Equal("committed", retirement.GetProperty("caseKind").GetString());
        Assert.True(retirement.GetProperty("proxyAllowed").GetBoolean());   // the village agent may take it
    }

    [Fact]
    public async Task Business_licence_finds_the_sole_trader_registration_by_the_licence_it_produces()
    {
        var found = await GuideAsync($"division={Village}&q=营业执照");
        Assert.Equal(["个体工商户设立登记", "企业设立登记"], found.Select(e => e.GetProperty("matterName").GetString()).Order(StringComparer.Ordinal));
        var entry = found.Single(e => e.GetProperty("matterName").GetString() == "个体工商户设立登记");
        Assert.False(entry.GetProperty("proxyAllowed").GetBoolean());
    }

    [Theory]
    [InlineData("食品", "000121010000")]      // a fragment of the name
    [InlineData("小餐饮", "000121010000")]
    [InlineData("低保", "000117001000")]      // an everyday name
    [InlineData("老年 优待", "000113012000")]  // every word must match
    public async Task Chinese_fragments_match(string q, string matterCode)
    {
        var entry = Assert.Single(await GuideAsync($"division={Village}&q={Uri.EscapeDataString(q)}"));
        Assert.Equal(matterCode, entry.GetProperty("matterCode").GetString());
    }

    [Theory]
    [InlineData("%")]
    [InlineData("_")]
    [InlineData("护照")]
    public async Task Wildcards_are_literal_and_unknown_words_find_nothing(string q) =>
        Assert.Empty(await GuideAsync($"division={Village}&q={Uri.EscapeDataString(q)}"));

    [Fact]
    public async Task A_resident_of_the_other_county_is_sent_to_their_own_centre_and_sees_only_what_is_implemented_above_them()
    {
        var guide = (await GuideAsync("division=350981001001")).ToDictionary(e => e.GetProperty("matterCode").GetString()!);

        Assert.Equal("ou-350981-centre", Where(guide["000121010000"]));
        Assert.Equal("350981-000121010000-01", guide["000121010000"].GetProperty("implementationCode").GetString());
        Assert.Equal(["ou-350000-centre", "ou-350900-centre", "ou-350981-centre"], guide.Values.Select(Where).Distinct().Order());
        Assert.Equal(5, guide.Count);   // the food permit, two city and two province entries; nothing of Zherong's
    }

    [Theory]
    [InlineData("", "division")]
    [InlineData("division=3509261002", "division")]
    public async Task A_missing_or_malformed_division_is_422_naming_it(string query, string field)
    {
        using var client = catalog.Anonymous();
        var response = await client.GetAsync($"/api/catalog/matters?{query}");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.True((await BodyAsync(response)).GetProperty("errors").TryGetProperty(field, out _));
    }

    [Fact]
    public async Task An_unknown_division_is_404_naming_it()
    {
        using var client = catalog.Anonymous();
        var response = await client.GetAsync("/api/catalog/matters?division=350926100299");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.True((await BodyAsync(response)).GetProperty("errors").TryGetProperty("division", out _));
    }

    [Fact]
    public async Task A_query_longer_than_50_characters_is_422_naming_q()
    {
        using var client = catalog.Anonymous();
        var response = await client.GetAsync($"/api/catalog/matters?division={Village}&q={new string('食', 51)}");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.True((await BodyAsync(response)).GetProperty("errors").TryGetProperty("q", out _));
    }
}
