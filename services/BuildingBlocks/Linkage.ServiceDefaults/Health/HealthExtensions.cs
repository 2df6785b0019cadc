using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Linkage.ServiceDefaults.Health;

public static class HealthExtensions
{
    public const string ReadyTag = "ready";

    /// <summary>Checks whose failure only a restart of the process mends (the bus watchdog's, decision 0573).</summary>
    public const string LiveTag = "live";

    public static IServiceCollection AddLinkageHealth(this IServiceCollection services)
    {
        services.AddHealthChecks().AddCheck<PostgresReadyCheck>("postgresql", tags: [ReadyTag])
            .AddCheck<ListenersReadyCheck>("listeners", tags: [ReadyTag]);
        return services;
    }

    /// <summary>Mapped in every environment: Kubernetes probes need them in production too.</summary>
    public static IEndpointRouteBuilder MapLinkageHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks("/healthz/live", new HealthCheckOptions { Predicate = c => c.Tags.Contains(LiveTag) }).AllowAnonymous();
        endpoints.MapHealthChecks("/healthz/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains(ReadyTag) })
            .AllowAnonymous();
        return endpoints;
    }
}
