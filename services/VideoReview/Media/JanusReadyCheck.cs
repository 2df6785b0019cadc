using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Linkage.VideoReview.Media;

/// <summary>Readiness reports Janus as degraded, never unhealthy: video is an aid, and the host's other work
/// (and concluding sessions) goes on without it.</summary>
public sealed class JanusReadyCheck(IMediaServer media) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default) =>
        await media.IsUpAsync(ct)
            ? HealthCheckResult.Healthy("Janus answers.")
            : HealthCheckResult.Degraded("The video server (Janus) is not reachable: sessions cannot be created or joined.");
}
