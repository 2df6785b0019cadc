using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Linkage.ServiceDefaults.Hosting;

/// <summary>Runs a scoped <typeparamref name="TSweep"/> every <c>TSweep.IntervalKey</c> (default <c>TSweep.DefaultInterval</c>, one minute) until a
/// pass finds nothing; a failed pass is retried at the next interval.</summary>
public sealed class SweepService<TSweep>(IServiceScopeFactory scopes, IConfiguration configuration, ILogger<SweepService<TSweep>> log)
    : BackgroundService where TSweep : class, ISweep
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = configuration.GetValue(TSweep.IntervalKey, TSweep.DefaultInterval);
        using var timer = new PeriodicTimer(interval);
        do
        {
            try
            {
                while (await SweepOnceAsync(stoppingToken) > 0) { }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogWarning(e, "{Sweep} failed; retrying at the next interval", typeof(TSweep).Name);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    private async Task<int> SweepOnceAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<TSweep>().RunAsync(ct);
    }
}
