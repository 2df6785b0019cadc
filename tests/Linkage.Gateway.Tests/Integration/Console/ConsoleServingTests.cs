using System.Net;
using System.IO.Compression;
using System.Net.Http.Headers;
using System.Text;
using Linkage.Gateway.Tests.Infrastructure;

namespace Linkage.Gateway.Tests;

/// <summary>The console's files at <c>/console/</c>: anonymous, hashed assets immutable, index.html revalidated,
/// compressed on request (from the build's copies where there are some), client-side routes answered with index.html, unknown files 404.</summary>
public sealed class ConsoleServingTests : IAsyncLifetime
{
    private const string Script = "assets/index-4f2a9c1d.js";
    private const string Precompressed = "assets/entry-7b3e0c55.js"; // with the build's .br and .gz copies beside it
    private readonly string root = Directory.CreateTempSubdirectory("linkage-console-").FullName;
    private GatewayHost gateway = null!;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(Path.Combine(root, "assets"));
        await File.WriteAllTextAsync(Path.Combine(root, "index.html"), "<!doctype html><title>控制台</title><div id=app></div>");
        await File.WriteAllTextAsync(Path.Combine(root, Script), string.Concat(Enumerable.Repeat("console.log('五级联动');\n", 200)));
        var entry = Path.Combine(root, Precompressed);
        var content = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("export const tier = '县';\n", 200)));
        await File.WriteAllBytesAsync(entry, content);
        await File.WriteAllBytesAsync(entry + ".br", Compress(content, s => new BrotliStream(s, CompressionLevel.SmallestSize)));
        await File.WriteAllBytesAsync(entry + ".gz", Compress(content, s => new GZipStream(s, CompressionLevel.SmallestSize)));
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
    [InlineData("br", ".br")]
    [InlineData("gzip", ".gz")]
    public async Task The_builds_compressed_copy_is_sent_as_it_is_under_the_files_type_and_caching(string accepted, string suffix)
    {
        var request = GatewayHost.Request(HttpMethod.Get, "/console/" + Precompressed);
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue(accepted));

        var response = await gateway.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(accepted, Assert.Single(response.Content.Headers.ContentEncoding));
        Assert.Equal("text/javascript", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("public, max-age=31536000, immutable", response.Headers.CacheControl?.ToString());
        Assert.Contains("Accept-Encoding", response.Headers.Vary);
        Assert.Equal(await File.ReadAllBytesAsync(Path.Combine(root, Precompressed + suffix)), await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Without_an_accepted_encoding_the_file_itself_is_sent()
    {
        var response = await gateway.GetAsync("/console/" + Precompressed);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(response.Content.Headers.ContentEncoding);
        Assert.Equal(await File.ReadAllBytesAsync(Path.Combine(root, Precompressed)), await response.Content.ReadAsByteArrayAsync());
    }

    private static byte[] Compress(byte[] content, Func<Stream, Stream> compressor)
    {
        using var buffer = new MemoryStream();
        using (var stream = compressor(buffer)) stream.Write(content);
        return buffer.ToArray();
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
