using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Linkage.Gateway.Tests.Infrastructure;

namespace Linkage.Gateway.Tests;

/// <summary>The console's files at <c>/console/</c>: anonymous, hashed assets immutable, index.html revalidated,
/// compressed on request, client-side routes answered with index.html, unknown files 404.</summary>
public sealed class ConsoleServingTests : IAsyncLifetime
{
    private const string Script = "assets/index-4f2a9c1d.js";
    private readonly string root = Directory.CreateTempSubdirectory("linkage-console-").FullName;
    private GatewayHost gateway = null!;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(Path.Combine(root, "assets"));
        await File.WriteAllTextAsync(Path.Combine(root, "index.html"), "<!doctype html><title>控制台</title><div id=app></div>");
        await File.WriteAllTextAsync(Path.Combine(root, Script), string.Concat(Enumerable.Repeat("console.log('五级联动');\n", 200)));
        gateway = await GatewayHost.StartAsync(new Dictionary<string, string?> { ["Linkage:Gateway:Console:Root"] = root });
    }

    public async Task DisposeAsync()
    {
        await gateway.DisposeAsync();
        Directory.Delete(root, recursive: true);
    }

    [Theory]
    [InlineData("/console/")]
    [InlineData("/console/clerk/cases")]
    [InlineData("/console/cases/0b4f7d8e-1111-4c2b-9a55-1d2e3f405060")]
    public async Task Pages_answer_index_html_to_anyone_and_are_revalidated(string path)
    {
        var response = await gateway.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<div id=app>", await response.Content.ReadAsStringAsync());
        Assert.Equal("no-cache", response.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task Hashed_assets_are_immutable_and_compressed_when_asked()
    {
        var request = GatewayHost.Request(HttpMethod.Get, "/console/" + Script);
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("br"));

        var response = await gateway.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("public, max-age=31536000, immutable", response.Headers.CacheControl?.ToString());
        Assert.Equal("br", Assert.Single(response.Content.Headers.ContentEncoding));
        var compressed = await response.Content.ReadAsByteArrayAsync();
        Assert.True(compressed.Length < Encoding.UTF8.GetByteCount(await File.ReadAllTextAsync(Path.Combine(root, Script))));
    }

    [Theory]
    [InlineData("/console/assets/index-00000000.js")]
    [InlineData("/console/favicon.ico")]
    public async Task A_missing_file_is_404_not_the_page(string path)
    {
        var response = await gateway.GetAsync(path);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_bare_prefix_redirects_to_the_console()
    {
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri(gateway.HttpUrl) };

        var response = await client.GetAsync("/console");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/console/", response.Headers.Location?.ToString());
    }

    [Fact]
    public async Task Demo_sign_in_does_not_exist_outside_development()
    {
        await using var gateway = await GatewayHost.StartAsync(
            new Dictionary<string, string?> { ["Linkage:Auth:SigningKey"] = "", ["Linkage:Auth:Authority"] = "http://127.0.0.1:9" },
            environment: "Production");
        var users = await gateway.GetAsync("/api/console/demo-users");
        var token = await gateway.Http.PostAsync("/api/console/demo-token",
            new StringContent("""{"userName":"clerk"}""", Encoding.UTF8, "application/json"));

        Assert.False(users.IsSuccessStatusCode);
        Assert.False(token.IsSuccessStatusCode);
    }
}
