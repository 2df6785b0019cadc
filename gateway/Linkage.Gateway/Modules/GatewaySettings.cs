using System.Net;
using Linkage.Gateway.ClientAddress;
using Linkage.Gateway.RateLimiting;

namespace Linkage.Gateway.Modules;

/// <summary><c>Linkage:Gateway</c>, read once at start-up.</summary>
public sealed record GatewaySettings(
    IReadOnlyList<ModuleAddress> Modules, long MaxRequestBodyBytes, RateLimitSettings RateLimit, string[] CorsOrigins,
    IPNetwork[] TrustedProxies)
{
    public const string Section = "Linkage:Gateway";
    public const long DefaultMaxRequestBodyBytes = 10 * 1024 * 1024;

    public static GatewaySettings From(IConfiguration configuration)
    {
        var section = configuration.GetSection(Section);
        var modules = GatewayModule.All.Select(m => ModuleAddressReader.Read(section.GetSection("Modules:" + m.Name), m)).ToList();
        var maxBody = section.GetValue("MaxRequestBodyBytes", DefaultMaxRequestBodyBytes);
        if (maxBody <= 0) throw new InvalidOperationException($"{Section}:MaxRequestBodyBytes must be positive.");
        var origins = section.GetSection("Cors:Origins").Get<string[]>() ?? [];
        return new GatewaySettings(modules, maxBody, RateLimitSettings.From(section.GetSection("RateLimit")), origins,
            ClientAddress.TrustedProxies.From(configuration));
    }
}
