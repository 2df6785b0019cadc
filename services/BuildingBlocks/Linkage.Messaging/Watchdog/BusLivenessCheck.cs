using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Linkage.Messaging;

/// <summary>Tagged "live": unhealthy once the bus watchdog failed <see cref="BusWatchdogOptions.MaxFailedRecoveries"/>
/// recoveries in a row, so the orchestrator restarts a process whose endpoints no restart of the bus brings back.</summary>
internal sealed class BusLivenessCheck(BusWatchdogState state) : IHealthCheck
{
    public const string Tag = "live";

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(state.GaveUp
            ? HealthCheckResult.Unhealthy($"The bus watchdog failed {state.FailedRecoveries} recoveries of receive endpoints in a row.")
            : HealthCheckResult.Healthy());
}
