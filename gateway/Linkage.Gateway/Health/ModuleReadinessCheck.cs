using Linkage.Gateway.Modules;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Linkage.Gateway.Health;

/// <summary>Ready when every configured module answers its readiness probe; degraded (still 200) when some
/// do, so one module's outage does not take the whole edge out of rotation; unhealthy when none does.
/// Results are cached briefly: probes arrive every few seconds per replica and must stay cheap.</summary>
internal sealed class ModuleReadinessCheck(IReadOnlyList<ModuleAddress> modules, ModuleProbe probe, TimeProvider time) : IHealthCheck
{
    private static readonly TimeSpan CacheFor = TimeSpan.FromSeconds(3);
    private readonly Lock gate = new();
    private Task<HealthCheckResult>? current;
    private DateTimeOffset expires;

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            if (current is null || (current.IsCompleted && time.GetUtcNow() >= expires))
            {
                current = ProbeAllAsync();
                expires = time.GetUtcNow() + CacheFor;
            }
            return current;
        }
    }

    private async Task<HealthCheckResult> ProbeAllAsync()
    {
        var configured = modules.Where(m => m.Http is not null).ToList();
        var byAddress = configured.Select(m => m.Http!).Distinct()
            .ToDictionary(a => a, a => probe.IsReadyAsync(a, CancellationToken.None));
        await Task.WhenAll(byAddress.Values);

        var states = configured.ToDictionary(m => m.Module.Name, m => (object)(byAddress[m.Http!].Result ? "ready" : "not-ready"));
        var ready = states.Values.Count(s => (string)s == "ready");
        if (ready == 0) return HealthCheckResult.Unhealthy("No configured module is ready.", data: states);
        return ready == states.Count
            ? HealthCheckResult.Healthy(data: states)
            : HealthCheckResult.Degraded("Some modules are not ready.", data: states);
    }
}
