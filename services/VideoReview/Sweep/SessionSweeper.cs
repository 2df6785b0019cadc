using Linkage.VideoReview.Media;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Linkage.VideoReview.Sweep;

/// <summary>Runs <see cref="SessionSweep"/> every <c>Linkage:VideoReview:SweepInterval</c> (30 s by default).</summary>
public sealed class SessionSweeper(IServiceScopeFactory scopes, IConfiguration configuration, ILogger<SessionSweeper> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = TimeSpan.TryParse(configuration["Linkage:VideoReview:SweepInterval"], out var i) ? i : TimeSpan.FromSeconds(30);
        using var timer = new PeriodicTimer(interval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<SessionSweep>().RunAsync(stoppingToken);
            }
            catch (Exception e) when (e is MediaServerUnavailableException or JanusRequestException)
            {
                logger.LogWarning("Video review sweep postponed: {Reason}", e.Message);
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogError(e, "Video review sweep failed");
            }
        }
    }
}
