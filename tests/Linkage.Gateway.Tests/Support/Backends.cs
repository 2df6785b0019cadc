namespace Linkage.Gateway.Tests.Infrastructure;

/// <summary>One fake backend per module, as in a per-module Kubernetes deployment.</summary>
public sealed class Backends : IAsyncDisposable
{
    public static readonly string[] Modules = ["catalog", "intake", "approval", "certificates", "videoreview", "ratings", "supervision", "fees", "hall", "office", "webhooks"];

    private Backends(IReadOnlyDictionary<string, Backend> byModule) => ByModule = byModule;

    public IReadOnlyDictionary<string, Backend> ByModule { get; }

    public Backend this[string module] => ByModule[module];

    public static async Task<Backends> StartAsync(params string[] modules)
    {
        var started = await Task.WhenAll((modules.Length == 0 ? Modules : modules).Select(Backend.StartAsync));
        return new Backends(started.ToDictionary(b => b.State.Module));
    }

    /// <summary>Gateway settings that point each module at its backend.</summary>
    public Dictionary<string, string?> GatewaySettings() => ByModule.Values.SelectMany(b => new[]
    {
        KeyValuePair.Create($"Linkage:Gateway:Modules:{b.State.Module}:Http", (string?)b.HttpUrl),
        KeyValuePair.Create($"Linkage:Gateway:Modules:{b.State.Module}:Grpc", (string?)b.GrpcUrl),
    }).ToDictionary();

    public async ValueTask DisposeAsync()
    {
        foreach (var backend in ByModule.Values) await backend.DisposeAsync();
    }
}
