using System.Net;
using static Linkage.Catalog.Tests.Integration.CatalogHost;

namespace Linkage.Catalog.Tests.Integration;

[Collection(CatalogHostCollection.Name)]
public sealed class MatterTests(CatalogHost catalog)
{
    [Fact]
    public async Task A_matter_shows_its_type_and_current_version_anonymously()
    {
        using var client = catalog.Anonymous();
        var response = await client.GetAsync("/api/catalog/matters/000121010000");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await BodyAsync(response);
        Assert.Equal("食品经营许可（小餐饮）", body.GetProperty("name").GetString());
        Assert.Equal("administrative-licensing", body.GetProperty("type").GetString());
        Assert.Equal(1, body.GetProperty("current").GetProperty("version").GetInt32());
        Assert.Equal("2024-01-01", body.GetProperty("current").GetProperty("effectiveFrom").GetString());
        Assert.Contains("食品安全法", body.GetProperty("current").GetProperty("legalBasis").GetString());
    }

    [Fact]
    public async Task A_code_longer_than_12_characters_is_422_naming_matterCode()
    {
        using var client = catalog.Anonymous();
        var response = await client.GetAsync("/api/catalog/matters/0001210100000");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.True((await BodyAsync(response)).GetProperty("errors").TryGetProperty("matterCode", out _));
    }

    [Fact]
    public async Task An_unknown_matter_is_404_naming_matterCode()
    {
        using var client = catalog.Anonymous();
        var response = await client.GetAsync("/api/catalog/matters/000199999000");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.True((await BodyAsync(response)).GetProperty("errors").TryGetProperty("matterCode", out _));
    }
}
