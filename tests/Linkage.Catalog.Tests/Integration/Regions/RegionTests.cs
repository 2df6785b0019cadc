using System.Net;
using static Linkage.Catalog.Tests.Integration.CatalogHost;

namespace Linkage.Catalog.Tests.Integration;

[Collection(CatalogHostCollection.Name)]
public sealed class RegionTests(CatalogHost catalog)
{
    [Fact]
    public async Task A_village_shows_its_town_as_parent_anonymously()
    {
        using var client = catalog.Anonymous();
        var response = await client.GetAsync("/api/catalog/regions/350926100201");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await BodyAsync(response);
        Assert.Equal("溪坪村", body.GetProperty("name").GetString());
        Assert.Equal("village", body.GetProperty("level").GetString());
        Assert.Equal("350926100000", body.GetProperty("parent").GetProperty("code").GetString());
        Assert.Equal("town", body.GetProperty("parent").GetProperty("level").GetString());
        Assert.Equal(0, body.GetProperty("children").GetArrayLength());
    }

    [Fact]
    public async Task The_city_lists_both_counties_as_children()
    {
        using var client = catalog.Anonymous();
        var body = await BodyAsync(await client.GetAsync("/api/catalog/regions/350900000000"));

        var children = body.GetProperty("children").EnumerateArray().Select(c => c.GetProperty("code").GetString()).ToList();
        Assert.Equal(["350926000000", "350981000000"], children);
        Assert.Equal("福建省", body.GetProperty("parent").GetProperty("name").GetString());
    }

    [Theory]
    [InlineData("35092610020")]    // 11 digits
    [InlineData("3509261002O1")]   // a letter O
    [InlineData("990926100201")]   // no such province code
    [InlineData("350926000201")]   // a village under a missing town
    public async Task A_malformed_code_is_422_naming_divisionCode(string code)
    {
        using var client = catalog.Anonymous();
        var response = await client.GetAsync($"/api/catalog/regions/{code}");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.True((await BodyAsync(response)).GetProperty("errors").TryGetProperty("divisionCode", out _));
    }

    [Fact]
    public async Task An_unknown_code_is_404_naming_divisionCode()
    {
        using var client = catalog.Anonymous();
        var response = await client.GetAsync("/api/catalog/regions/350926999000");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.True((await BodyAsync(response)).GetProperty("errors").TryGetProperty("divisionCode", out _));
    }
}
