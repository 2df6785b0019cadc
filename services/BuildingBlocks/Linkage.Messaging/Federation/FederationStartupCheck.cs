using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace Linkage.Messaging;

/// <summary>Outside Development a host does not start without its own federation app id, <c>Linkage:Serves</c> and a
/// configured signing key: two releases with the default app id would compete for one queue, one without Serves
/// would take every tier's events, a derived key is for development (decisions 0331, 0333).</summary>
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
        if (FederationOptions.ReadDivisions(config.GetSection("Linkage:Serves")).Count == 0) missing.Add("Linkage:Serves");
        if (!config.GetSection("Linkage:Federation:Signing:Keys").GetChildren().Any()) missing.Add("Linkage:Federation:Signing:Keys");
        return missing;
    }
}
