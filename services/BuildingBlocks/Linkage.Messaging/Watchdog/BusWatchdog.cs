using MassTransit;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Linkage.Messaging;

/// <summary>Brings back receive endpoints that MassTransit stopped reconnecting after broker restarts (MassTransit#5942:
/// faulted, or without a consumer on their queue, until the process is recycled; decision 0573). While the broker is
/// reachable, an endpoint down for longer than <see cref="BusWatchdogOptions.GracePeriod"/> is restarted; if endpoints
/// are still down a grace period after that, the whole bus is; after <see cref="BusWatchdogOptions.MaxFailedRecoveries"/>
/// such failures, or at once when a restart does not finish within its timeout, liveness fails (<see cref="BusLivenessCheck"/>) so the orchestrator restarts the process.</summary>
internal sealed class BusWatchdog(
    IBusControl bus, BusWatchdogOptions options, BusWatchdogState state, RabbitMqUri uri, ILogger<BusWatchdog> logger)
    : BackgroundService
{
    private readonly Dictionary<Uri, DateTimeOffset> downSince = [];
    private bool recovered;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await using var probe = new EndpointProbe(uri);
        using var timer = new PeriodicTimer(options.Interval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await CheckAsync(probe, stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning(e, "The bus watchdog's check failed; trying again in {Interval}", options.Interval);
            }
        }
    }

    private async Task CheckAsync(EndpointProbe probe, CancellationToken ct)
    {
        var down = await probe.DownEndpointsAsync(bus, ct);
        if (down is null)
        {
            downSince.Clear(); // the broker is away: MassTransit's own reconnect comes first once it is back
            return;
        }
        if (down.Count == 0)
        {
            if (recovered) logger.LogWarning("The bus watchdog's recovery worked: every receive endpoint has its consumer again");
            downSince.Clear();
            (recovered, state.FailedRecoveries) = (false, 0);
            return;
        }
        var now = DateTimeOffset.UtcNow;
        foreach (var key in downSince.Keys.Except(down.Select(e => e.InputAddress)).ToList()) downSince.Remove(key);
        foreach (var endpoint in down) downSince.TryAdd(endpoint.InputAddress, now);
        if (now - downSince.Values.Min() < options.GracePeriod) return;

        if (recovered) FailedRecovery(null);
        await RecoverAsync(down, ct);
        downSince.Clear();
    }

    private async Task RecoverAsync(IReadOnlyList<IReceiveEndpoint> down, CancellationToken ct)
    {
        var wholeBus = state.FailedRecoveries > 0;
        var names = string.Join(", ", down.Select(e => EndpointProbe.QueueName(e.InputAddress)));
        logger.LogWarning("The bus watchdog restarts {Scope}: {Count} receive endpoints down for over {Grace} with the broker up ({Endpoints})",
            wholeBus ? "the bus" : "the endpoints", down.Count, options.GracePeriod, names);
        MessagingTelemetry.BusRecoveries.Add(1, new KeyValuePair<string, object?>("scope", wholeBus ? "bus" : "endpoints"));
        recovered = true;
        try
        {
            var ready = wholeBus
                ? await EndpointRecovery.RestartBusAsync(bus, down, options.RestartTimeout, ct)
                : await EndpointRecovery.RestartEndpointsAsync(down, options.RestartTimeout, ct);
            if (!ready)
                logger.LogWarning("The bus watchdog restarted {Scope}, but not all endpoints were ready within {Timeout}; they keep connecting, " +
                    "and the next check counts them", wholeBus ? "the bus" : "the endpoints", options.RestartTimeout);
        }
        catch (Exception e) when (!ct.IsCancellationRequested)
        {
            // A stop or start that did not finish (MassTransit's stop waits for deliveries in flight on the dead channel)
            // leaves the bus half stopped, where no further restart helps: liveness fails at once (decision 0579).
            FailedRecovery(e, giveUp: true);
            recovered = false;
        }
    }

    private void FailedRecovery(Exception? exception, bool giveUp = false)
    {
        state.FailedRecoveries = giveUp ? Math.Max(state.FailedRecoveries + 1, options.MaxFailedRecoveries) : state.FailedRecoveries + 1;
        MessagingTelemetry.BusRecoveryFailures.Add(1);
        logger.LogError(exception, "The bus watchdog's recovery failed ({Failed} of {Max} in a row){GivingUp}", state.FailedRecoveries,
            options.MaxFailedRecoveries, state.FailedRecoveries >= options.MaxFailedRecoveries ? "; liveness now fails" : "");
    }
}
