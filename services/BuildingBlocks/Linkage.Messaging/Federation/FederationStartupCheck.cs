using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace Linkage.Messaging;

/// <summary>Outside Development a host does not start without its own federation app id, <c>Linkage:Serves</c> and a
/// configured signing key, nor with a trusted peer whose event types are not listed: two releases with the default
/// app id would compete for one queue, one without Serves would take every tier's events, a derived key is for
/// development, a peer without <c>Sends</c> could send any type (decisions 0331, 0333, 0548).</summary>
public sealed class FederationStartupCheck(IConfiguration config) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (Missing(config) is { Count: > 0 } missing)
            throw new InvalidOperationException($"Federation identity incomplete outside Development: set {string.Join(", ", missing)}.");
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public static IReadOnlyList<string> Missing(IConfiguration config)
    {
        var missing = new List<string>();
        if (config["Linkage:Federation:AppId"] is not { Length: > 0 } appId || appId == "linkage") missing.Add("Linkage:Federation:AppId");
        if (FederationOptions.ReadList(config.GetSection("Linkage:Serves")).Count == 0) missing.Add("Linkage:Serves");
        if (!config.GetSection("Linkage:Federation:Signing:Keys").GetChildren().Any()) missing.Add("Linkage:Federation:Signing:Keys");
        missing.AddRange(config.GetSection("Linkage:Federation:Trust").GetChildren()
            .Where(peer => FederationTrust.SendsOf(peer) is null).Select(peer => $"Linkage:Federation:Trust:{peer.Key}:Sends"));
        return missing;
    }
}
