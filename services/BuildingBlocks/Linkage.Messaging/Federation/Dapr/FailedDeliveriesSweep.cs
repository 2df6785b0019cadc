using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Linkage.Messaging;

/// <summary>Sweeps <c>federation.failed_deliveries</c> on the outbox's purge schedule (<see cref="OutboxOptions.CleanupInterval"/>,
/// the first a tenth of it after start): a row whose event has not failed again for
/// <see cref="FederationOptions.MaxEventAge"/> is forgotten, since the event, if it ever comes back, is refused as a
/// replay by then, as the inbox forgets its rows (decision 0699), a batch of <see cref="OutboxOptions.PurgeBatchSize"/> at a
/// time until a short one. Every replica sweeps; a row another holds is skipped.</summary>
internal sealed class FailedDeliveriesSweep(
    DaprFailedAttempts attempts, FederationOptions options, IConfiguration config, ILogger<FailedDeliveriesSweep> log) : BackgroundService
{
    private readonly OutboxOptions outbox = OutboxOptions.From(config);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await Task.Delay(outbox.CleanupInterval / 10, stoppingToken);
            while (!stoppingToken.IsCancellationRequested)
            {
                await SweepAsync(stoppingToken);
                await Task.Delay(outbox.CleanupInterval, stoppingToken);
            }
        }
        catch (OperationCanceledException)
        {
            // stopping
        }
    }

    public async Task<int> SweepAsync(CancellationToken ct)
    {
        try
        {
            var forgotten = await attempts.ForgetOlderThanAsync(options.MaxEventAge, outbox.PurgeBatchSize, ct);
            if (forgotten > 0) log.LogInformation("Forgot {Count} failed federation deliveries older than {Age}", forgotten, options.MaxEventAge);
            return forgotten;
        }
        catch (Exception ex) when (!ct.IsCancellationRequested)
        {
            log.LogWarning(ex, "Sweeping federation.failed_deliveries failed");
            return 0;
        }
    }
}
