using MassTransit;

namespace Linkage.Messaging;

/// <summary>How the watchdog brings endpoints back: first by restarting just those that are down (stop, start, wait
/// until ready, as MassTransit's kill switch restarts an endpoint), and when that did not help, by restarting the
/// whole bus (<see cref="IBusControl"/> stop and start) and then those endpoints the bus's start left out.</summary>
internal static class EndpointRecovery
{
    /// <summary>Stops and starts each endpoint; true when all are ready again within <paramref name="timeout"/>. A stop that
    /// does not finish in it throws: MassTransit then keeps the endpoint's handle, so no later start takes (decision 0579).
    /// A start that is not ready in it is no such failure: the endpoint runs and keeps connecting by itself, as when the
    /// broker went away again meanwhile (decision 0717).</summary>
    public static async Task<bool> RestartEndpointsAsync(IEnumerable<IReceiveEndpoint> endpoints, TimeSpan timeout, CancellationToken ct)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(ct);
        limit.CancelAfter(timeout);
        var ready = await Task.WhenAll(endpoints.Select(async endpoint =>
        {
            await endpoint.Stop(limit.Token);
            var handle = endpoint.Start(limit.Token);
            try
            {
                await handle.Ready.WaitAsync(limit.Token);
                return true;
            }
            catch (Exception) when (limit.IsCancellationRequested && !ct.IsCancellationRequested)
            {
                return false;
            }
        }));
        return ready.All(r => r);
    }

    /// <summary>Stops and starts the bus, then restarts on their own those of <paramref name="down"/> that the bus's start
    /// left out: MassTransit starts only endpoints it does not count as started, and it counts a faulted one as started
    /// (decision 0717).</summary>
    public static async Task<bool> RestartBusAsync(IBusControl bus, IReadOnlyList<IReceiveEndpoint> down, TimeSpan timeout, CancellationToken ct)
    {
        using (var stop = CancellationTokenSource.CreateLinkedTokenSource(ct))
        {
            stop.CancelAfter(timeout);
            await bus.StopAsync(stop.Token);
        }
        using (var start = CancellationTokenSource.CreateLinkedTokenSource(ct))
        {
            start.CancelAfter(timeout);
            await bus.StartAsync(start.Token);
        }
        var healthy = bus.CheckHealth().Endpoints.Values.Where(h => h.Status == BusHealthStatus.Healthy).Select(h => h.ReceiveEndpoint).ToHashSet();
        var leftOut = down.Where(e => !healthy.Contains(e)).ToList();
        return leftOut.Count == 0 || await RestartEndpointsAsync(leftOut, timeout, ct);
    }
}
