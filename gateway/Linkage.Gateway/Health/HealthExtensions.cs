using Linkage.Gateway.Modules;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace Linkage.Gateway.Health;

public static class HealthExtensions
{
    private const string ReadyTag = "ready";

    public static IServiceCollection AddGatewayHealth(this IServiceCollection services, IReadOnlyList<ModuleAddress> modules)
    {
        var client = new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
        {
            Timeout = TimeSpan.FromSeconds(2),
        };
        services.AddSingleton(new ModuleProbe(client));
        services.AddSingleton(sp => new ModuleReadinessCheck(modules, sp.GetRequiredService<ModuleProbe>(), TimeProvider.System));
        services.AddHealthChecks().AddCheck<ModuleReadinessCheck>("modules", tags: [ReadyTag]);
        return services;
    }

    public static WebApplication MapGatewayHealth(this WebApplication app)
    {
        app.MapHealthChecks("/healthz/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks("/healthz/ready", new HealthCheckOptions
        {
            Predicate = c => c.Tags.Contains(ReadyTag),
            ResponseWriter = HealthReportWriter.WriteAsync,
        }).AllowAnonymous();
        return app;
    }
}
