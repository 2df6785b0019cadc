using System.Net;
using static Linkage.Catalog.Tests.Integration.CatalogHost;

namespace Linkage.Catalog.Tests.Integration;

[Collection(CatalogHostCollection.Name)]
public sealed class OpenApiTests(CatalogHost catalog)
{
    [Fact]
    public async Task The_module_publishes_every_catalog_path_with_its_problem_answers()
    {
        using var client = catalog.Anonymous();
        var response = await client.GetAsync("/api/catalog/openapi.json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var paths = (await BodyAsync(response)).GetProperty("paths");
        string[] expected =
        [
            "/api/v1/catalog/regions/{divisionCode}", "/api/v1/catalog/org-units/{id}", "/api/v1/catalog/matters",
            "/api/v1/catalog/matters/{matterCode}", "/api/v1/catalog/implementations/{implementationCode}",
        ];
        Assert.All(expected, p => Assert.True(paths.TryGetProperty(p, out _), p));
        var answers = paths.GetProperty("/api/v1/catalog/matters").GetProperty("get").GetProperty("responses");
        Assert.True(answers.TryGetProperty("422", out _), answers.GetRawText());
        Assert.True(answers.TryGetProperty("404", out _));
    }
}
