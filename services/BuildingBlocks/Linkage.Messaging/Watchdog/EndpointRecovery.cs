using MassTransit;

namespace Linkage.Messaging;

/// <summary>How the watchdog brings endpoints back: first by restarting just those that are down (stop, start, wait
/// until ready, as MassTransit's kill switch restarts an endpoint), and when that did not help, by restarting the
/// whole bus (<see cref="IBusControl"/> stop and start).</summary>
internal static class EndpointRecovery
{
    public static async Task RestartEndpointsAsync(IEnumerable<IReceiveEndpoint> endpoints, TimeSpan timeout, CancellationToken ct)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(ct);
        limit.CancelAfter(timeout);
        await Task.WhenAll(endpoints.Select(async endpoint =>
        {
            await endpoint.Stop(limit.Token);
            await endpoint.Start(limit.Token).Ready.WaitAsync(limit.Token);
        }));
    }

    public static async Task RestartBusAsync(IBusControl bus, TimeSpan timeout, CancellationToken ct)
    {
        using (var stop = CancellationTokenSource.CreateLinkedTokenSource(ct))
        {
            stop.CancelAfter(timeout);
            await bus.StopAsync(stop.Token);
        }
        using var start = CancellationTokenSource.CreateLinkedTokenSource(ct);
        start.CancelAfter(timeout);
        await bus.StartAsync(start.Token);
    }
}
