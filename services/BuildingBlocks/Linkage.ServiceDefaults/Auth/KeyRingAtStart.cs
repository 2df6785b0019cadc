using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Linkage.ServiceDefaults.Auth;

/// <summary>Authentication registers ASP.NET Core's data protection, whose hosted service reads (and on a first start
/// writes) its XML key ring when the host starts. The host protects nothing with it (bearer tokens, no cookies or
/// antiforgery), so that service is taken out: the key ring, with <c>System.Private.Xml</c>, would load on a first
/// use only (decision 0781).</summary>
public static class KeyRingAtStart
{
    public const string PreloadService = "Microsoft.AspNetCore.DataProtection.Internal.DataProtectionHostedService";

    public static IServiceCollection WithoutKeyRingPreload(this IServiceCollection services)
    {
        var preload = services.Where(d => d.ServiceType == typeof(IHostedService) && d.ImplementationType?.FullName == PreloadService).ToList();
        foreach (var d in preload) services.Remove(d);
        return services;
    }
}
