using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Linkage.Testing;

/// <summary>An integrator's endpoint on loopback: a real Kestrel server recording every POST by path, which can be
/// stopped (connections refused) and started again on the same port.</summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly int port = FreePort.Next();
    private readonly ConcurrentDictionary<string, TaskCompletionSource> holds = new();
    private WebApplication? app;

    public sealed record Received(string Path, string Body, string Signature, string IdempotencyKey, long DeliveryId)
    {
        public JsonElement Event => JsonDocument.Parse(Body).RootElement;

        /// <summary>What an integrator does first: recompute the HMAC over "{t}.{body}" with its secret.</summary>
        public bool SignedWith(string secret)
        {
            var parts = Signature.Split(',').Select(p => p.Split('=', 2)).ToDictionary(p => p[0], p => p[1]);
            var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{parts["t"]}.{Body}"));
            return CryptographicOperations.FixedTimeEquals(Convert.FromHexString(parts["v1"]), mac);
        }
    }

    public ConcurrentQueue<Received> All { get; } = new();

    public string Origin => $"http://127.0.0.1:{port}";

    public string Url(string path) => $"{Origin}/{path}";

    public IReadOnlyList<Received> At(string path) => All.Where(r => r.Path == "/" + path).ToList();

    /// <summary>POSTs to the path are recorded at once but answered only after <see cref="Release"/>: a send in flight.</summary>
    public void Hold(string path) => holds.TryAdd("/" + path, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));

    public void Release(string path)
    {
        if (holds.TryRemove("/" + path, out var gate)) gate.SetResult();
    }

    public async Task StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Configuration.Sources.Clear(); // not the test project's appsettings: a host's Kestrel endpoints are in them
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, port));
        app = builder.Build();
        app.MapPost("/{name}", async (HttpRequest request) =>
        {
            using var reader = new StreamReader(request.Body, Encoding.UTF8);
            var body = await reader.ReadToEndAsync();
            All.Enqueue(new Received(request.Path, body, request.Headers["Linkage-Signature"].ToString(),
                request.Headers["Idempotency-Key"].ToString(), long.Parse(request.Headers["Linkage-Delivery"].ToString())));
            if (holds.TryGetValue(request.Path.ToString(), out var gate)) await gate.Task;
            return Results.Ok();
        });
        await app.StartAsync();
    }

    public async Task StopAsync()
    {
        if (app is null) return;
        await app.StopAsync();
        await app.DisposeAsync();
        app = null;
    }

    public async ValueTask DisposeAsync() => await StopAsync();
}
