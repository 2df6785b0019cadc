using System.Net;
using System.Text.Json;
using Linkage.Gateway.Tests.Infrastructure;

namespace Linkage.Gateway.Tests;

[Collection(GatewayCollection.Name)]
public sealed class OpenApiAndDocsTests(GatewayFixture fixture)
{
    private static async Task<string> Title(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("info").GetProperty("title").GetString()!;
    }

    [Theory]
    [InlineData("catalog", "catalog")]
    [InlineData("video-review", "videoreview")]
    [InlineData("supervision", "supervision")]
    public async Task Module_document_is_served_anonymously_from_the_module(string segment, string module)
    {
        var title = await Title(await fixture.Gateway.GetAsync($"/api/{segment}/openapi.json"));

        Assert.Equal($"{module} in place {segment}", title);
    }

    [Fact]
    public async Task Upstream_document_path_can_be_configured_per_module()
    {
        await using var backends = await Backends.StartAsync("catalog");
        var settings = backends.GatewaySettings();
        settings["Linkage:Gateway:Modules:catalog:OpenApiPath"] = "/openapi/v1.json";
        await using var gateway = await GatewayHost.StartAsync(settings);

        Assert.Equal("catalog v1", await Title(await gateway.GetAsync("/api/catalog/openapi.json")));
    }

    [Fact]
    public async Task Docs_page_is_html_listing_every_module_and_loading_nothing_from_a_cdn()
    {
        var response = await fixture.Gateway.GetAsync("/api/docs");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var html = await response.Content.ReadAsStringAsync();
        foreach (var segment in new[] { "catalog", "intake", "approval", "certificates", "video-review", "ratings", "supervision", "fees", "hall", "office", "webhooks" })
            Assert.Contains($"api/{segment}/openapi.json", html);
        Assert.Contains("<script src=\"scalar.js\"></script>", html);
        Assert.Contains("\"withDefaultFonts\":false", html);
        Assert.DoesNotContain("cdn.", html);
        Assert.DoesNotContain("https://", html);
    }

    [Fact]
    public async Task Docs_script_is_served_locally()
    {
        var response = await fixture.Gateway.GetAsync("/api/docs/scalar.js");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("javascript", response.Content.Headers.ContentType?.MediaType);
        Assert.True((await response.Content.ReadAsByteArrayAsync()).Length > 500_000);
    }
}
