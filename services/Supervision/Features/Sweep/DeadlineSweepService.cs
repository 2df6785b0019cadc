using Linkage.Kernel;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Linkage.Supervision.Features.Sweep;

/// <summary>Runs <see cref="DeadlineSweep"/>, <see cref="MilestoneSweep"/>, <see cref="ProjectTargetSweep"/> and <see cref="OrderEscalationSweep"/> every <c>Linkage:Supervision:SweepInterval</c> (default one minute)
/// until a pass finds nothing; <c>Linkage:Supervision:Sweep=false</c> leaves it to an explicit caller.</summary>
public sealed class DeadlineSweepService(IServiceScopeFactory scopes, IConfiguration configuration, TimeProvider clock,
    ILogger<DeadlineSweepService> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!configuration.GetValue("Linkage:Supervision:Sweep", true)) return;
        var interval = configuration.GetValue("Linkage:Supervision:SweepInterval", TimeSpan.FromMinutes(1));
        using var timer = new PeriodicTimer(interval);
        do
        {
            try
            {
                while (await SweepOnceAsync(stoppingToken) > 0) { }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogWarning(e, "Supervision deadline sweep failed; retrying at the next interval");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    private async Task<int> SweepOnceAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var today = ChinaTime.Today(clock);
        return await scope.ServiceProvider.GetRequiredService<DeadlineSweep>().RunAsync(today, ct)
            + await scope.ServiceProvider.GetRequiredService<MilestoneSweep>().RunAsync(today, ct)
            + await scope.ServiceProvider.GetRequiredService<ProjectTargetSweep>().RunAsync(today, ct)
            + await scope.ServiceProvider.GetRequiredService<OrderEscalationSweep>().RunAsync(today, ct);
    }
}
