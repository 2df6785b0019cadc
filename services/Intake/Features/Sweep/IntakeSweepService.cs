using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Linkage.Intake.Features.Sweep;

/// <summary>Runs <see cref="IntakeSweep"/> every <c>Intake:SweepInterval</c> (default one minute) until a pass finds nothing.</summary>
public sealed class IntakeSweepService(IServiceScopeFactory scopes, IConfiguration configuration, ILogger<IntakeSweepService> log)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = configuration.GetValue("Intake:SweepInterval", TimeSpan.FromMinutes(1));
        using var timer = new PeriodicTimer(interval);
        do
        {
            try
            {
                while (await SweepOnceAsync(stoppingToken) > 0) { }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogWarning(e, "Intake sweep failed; retrying at the next interval");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    private async Task<int> SweepOnceAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var swept = await scope.ServiceProvider.GetRequiredService<IntakeSweep>().RunAsync(ct);
        await scope.ServiceProvider.GetRequiredService<SubmitCase.IdempotencyKeys>().SweepAsync(ct); // expired keys: one pass suffices
        return swept;
    }
}
