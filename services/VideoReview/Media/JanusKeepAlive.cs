using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Linkage.VideoReview.Media;

/// <summary>Janus drops a session after 60 s without a request: keep ours alive every 25 s.</summary>
public sealed class JanusKeepAlive(JanusHandle handle, ILogger<JanusKeepAlive> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(25);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await handle.KeepAliveAsync(stoppingToken);
            }
            catch (MediaServerUnavailableException e)
            {
                logger.LogWarning("Janus keep-alive failed: {Reason}", e.Message);
            }
        }
    }
}
