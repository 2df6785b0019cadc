using System.Net;
using System.Net.Http.Headers;

namespace Linkage.Gateway.Tests.Infrastructure;

/// <summary>The real gateway (<see cref="GatewayApp.Build"/>) on real Kestrel, two loopback ports.</summary>
public sealed class GatewayHost : IAsyncDisposable
{
    private readonly WebApplication app;

    private GatewayHost(WebApplication app, int httpPort, int grpcPort)
    {
        this.app = app;
        HttpUrl = $"http://127.0.0.1:{httpPort}";
        GrpcUrl = $"http://127.0.0.1:{grpcPort}";
        Http = new HttpClient { BaseAddress = new Uri(HttpUrl) };
        Grpc = new HttpClient
        {
            BaseAddress = new Uri(GrpcUrl),
            DefaultRequestVersion = HttpVersion.Version20,
            DefaultVersionPolicy = HttpVersionPolicy.RequestVersionExact,
        };
    }

    public string HttpUrl { get; }
    public string GrpcUrl { get; }
    /// <summary>HTTP/1.1 client on the REST port.</summary>
    public HttpClient Http { get; }
    /// <summary>h2c (prior knowledge) client on the gRPC port.</summary>
    public HttpClient Grpc { get; }
    public IServiceProvider Services => app.Services;

    /// <summary>In Development unless told otherwise: the shared test key is refused anywhere else.</summary>
    public static async Task<GatewayHost> StartAsync(
        IReadOnlyDictionary<string, string?> settings, Action<WebApplicationBuilder>? configure = null, string environment = "Development")
    {
        var (httpPort, grpcPort) = (FreePort.Next(), FreePort.Next());
        var all = new Dictionary<string, string?>
        {
            ["Kestrel:Endpoints:Http:Url"] = $"http://127.0.0.1:{httpPort}",
            ["Kestrel:Endpoints:Grpc:Url"] = $"http://127.0.0.1:{grpcPort}",
            ["Linkage:Auth:SigningKey"] = Tokens.KeyBase64,
        };
        foreach (var (key, value) in settings) all[key] = value;
        var app = GatewayApp.Build(["--environment", environment], b =>
        {
            b.Configuration.AddInMemoryCollection(all);
            b.Logging.ClearProviders();
            configure?.Invoke(b);
        });
        await app.StartAsync();
        return new GatewayHost(app, httpPort, grpcPort);
    }

    public static HttpRequestMessage Request(HttpMethod method, string path, string? token = null)
    {
        var request = new HttpRequestMessage(method, path);
        if (token is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return request;
    }

    /// <summary>Sends on the gRPC port with HTTP/2 prior knowledge.</summary>
    public Task<HttpResponseMessage> SendOnGrpcPortAsync(HttpRequestMessage request)
    {
        request.Version = HttpVersion.Version20;
        request.VersionPolicy = HttpVersionPolicy.RequestVersionExact;
        return Grpc.SendAsync(request);
    }

    public Task<HttpResponseMessage> GetAsync(string path, string? token = null) => Http.SendAsync(Request(HttpMethod.Get, path, token));

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        Grpc.Dispose();
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
