using Microsoft.AspNetCore.DataProtection;

namespace Linkage.Gateway.Auth;

internal static class DataProtectionSetup
{
    /// <summary>The edge protects nothing (bearer tokens only, no cookies), so keys stay in memory: no key
    /// ring written to a read-only root filesystem, no start-up warning about unencrypted keys.</summary>
    public static IServiceCollection AddEphemeralDataProtection(this IServiceCollection services)
    {
        services.AddDataProtection().UseEphemeralDataProtectionProvider();
        return services;
    }
}
