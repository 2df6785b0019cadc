using System.Net;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace Linkage.Gateway.Tests.Infrastructure;

/// <summary>A stand-in for one module on loopback: REST echo on HTTP/1.1, real gRPC probes on h2c,
/// readiness, and OpenAPI documents at both the in-place and the <c>/openapi/v1.json</c> path.</summary>
public sealed class Backend : IAsyncDisposable
{
    private readonly WebApplication app;

    private Backend(WebApplication app, BackendState state, int httpPort, int grpcPort)
    {
        this.app = app;
        State = state;
        HttpUrl = $"http://127.0.0.1:{httpPort}";
        GrpcUrl = $"http://127.0.0.1:{grpcPort}";
    }

    public BackendState State { get; }
    public string HttpUrl { get; }
    public string GrpcUrl { get; }

    public static async Task<Backend> StartAsync(string module)
    {
        var (httpPort, grpcPort) = (FreePort.Next(), FreePort.Next());
        // An empty content root: the test output folder holds the gateway's appsettings.json (with its ports).
        var root = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "backend-root")).FullName;
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = root });
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.Listen(IPAddress.Loopback, httpPort, o => o.Protocols = HttpProtocols.Http1);
            k.Listen(IPAddress.Loopback, grpcPort, o => o.Protocols = HttpProtocols.Http2);
            k.Limits.MaxRequestBodySize = null;
        });
        var state = new BackendState(module);
        builder.Services.AddSingleton(state);
        builder.Services.AddGrpc();

        var app = builder.Build();
        app.MapGrpcService<CatalogProbeService>();
        app.MapGrpcService<IntakeProbeService>();
        app.MapGet("/healthz/ready", () =>
        {
            Interlocked.Increment(ref state.ReadyProbes);
            return state.Ready ? Results.Ok() : Results.StatusCode(503);
        });
        app.MapGet("/api/{segment}/openapi.json", (string segment) => Results.Json(new { openapi = "3.1.1", info = new { title = $"{module} in place {segment}" } }));
        app.MapGet("/openapi/v1.json", () => Results.Json(new { openapi = "3.1.1", info = new { title = $"{module} v1" } }));
        app.MapFallback(EchoEndpoint.HandleAsync);
        await app.StartAsync();
        return new Backend(app, state, httpPort, grpcPort);
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
