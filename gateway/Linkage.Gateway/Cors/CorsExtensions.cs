namespace Linkage.Gateway.Cors;

public static class CorsExtensions
{
    /// <summary>Frontends on the configured origins; bearer tokens, not cookies, so no credentials.</summary>
    public static IServiceCollection AddGatewayCors(this IServiceCollection services, string[] origins) =>
        services.AddCors(o => o.AddDefaultPolicy(p => p
            .WithOrigins(origins)
            .AllowAnyHeader()
            .AllowAnyMethod()
            .WithExposedHeaders("Location", "Retry-After", "Content-Disposition")
            .SetPreflightMaxAge(TimeSpan.FromMinutes(10))));
}
