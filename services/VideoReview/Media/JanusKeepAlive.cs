using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Linkage.VideoReview.Media;

/// <summary>Opens our Janus session at start, then keeps it alive every 25 s (Janus drops a session after 60 s without a
/// request).</summary>
public sealed class JanusKeepAlive(JanusHandle handle, ILogger<JanusKeepAlive> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(25);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval);
        do
        {
            try
            {
                await handle.KeepAliveAsync(stoppingToken);
            }
            catch (Exception e) when (e is MediaServerUnavailableException or JanusRequestException)
            {
                logger.LogWarning("Janus keep-alive failed: {Reason}", e.Message);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
