using IPNetwork = System.Net.IPNetwork;
using Microsoft.AspNetCore.HttpOverrides;

namespace Linkage.Gateway.ClientAddress;

/// <summary><c>Linkage:Gateway:TrustedProxies</c>: networks (CIDR) of the ingress or load balancer in front of
/// the gateway. Only from those is <c>X-Forwarded-For</c> believed, so anonymous rate limits see the real
/// client; from anyone else the header is ignored and overwritten when forwarding.</summary>
public static class TrustedProxies
{
    public static IPNetwork[] From(IConfiguration configuration) =>
        (configuration.GetSection("Linkage:Gateway:TrustedProxies").Get<string[]>() ?? [])
            .Select(cidr => IPNetwork.TryParse(cidr, out var network)
                ? network
                : throw new InvalidOperationException($"Linkage:Gateway:TrustedProxies: '{cidr}' is not a CIDR network."))
            .ToArray();

    public static WebApplication UseTrustedProxies(this WebApplication app, IPNetwork[] networks)
    {
        if (networks.Length == 0) return app;
        var options = new ForwardedHeadersOptions { ForwardedHeaders = ForwardedHeaders.XForwardedFor, ForwardLimit = 1 };
        options.KnownIPNetworks.Clear();
        options.KnownProxies.Clear();
        foreach (var network in networks) options.KnownIPNetworks.Add(network);
        app.UseForwardedHeaders(options);
        return app;
    }
}
