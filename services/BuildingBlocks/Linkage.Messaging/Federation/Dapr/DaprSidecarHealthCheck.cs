using Dapr.Client;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Linkage.Messaging;

internal sealed class DaprSidecarHealthCheck(DaprClient dapr) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        await dapr.CheckHealthAsync(cancellationToken)
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Unhealthy("The Dapr sidecar is not healthy.");
}
