using MassTransit;
using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;

namespace Linkage.Messaging;

/// <summary>What the watchdog sees of the bus: whether the broker answers at all (a connection of its own) and which
/// durable receive endpoints are down — unhealthy or faulted in MassTransit's view, or with no consumer on their queue
/// in the broker's (a passive declare reports the consumer count). The bus's own temporary endpoint is left out:
/// its queue goes with the connection.</summary>
internal sealed class EndpointProbe(RabbitMqUri uri) : IAsyncDisposable
{
    private IConnection? connection;

    /// <summary>The endpoints that are down, or null when the broker cannot be reached (nothing to recover then:
    /// MassTransit reconnects by itself once it is back).</summary>
    public async Task<IReadOnlyList<IReceiveEndpoint>?> DownEndpointsAsync(IBusControl bus, CancellationToken ct)
    {
        var endpoints = bus.CheckHealth().Endpoints.Values.Where(e => !IsTemporary(e.InputAddress)).ToList();
        try
        {
            connection ??= await new ConnectionFactory { Uri = uri.ToAmqpUri(), AutomaticRecoveryEnabled = false }
                .CreateConnectionAsync("linkage-bus-watchdog", ct);
            var down = new List<IReceiveEndpoint>();
            IChannel? channel = null;
            try
            {
                foreach (var endpoint in endpoints)
                {
                    if (endpoint.Status == BusHealthStatus.Healthy)
                    {
                        channel ??= await connection.CreateChannelAsync(cancellationToken: ct);
                        if (await ConsumersAsync(channel, QueueName(endpoint.InputAddress), ct) > 0) continue;
                        if (channel.IsClosed) { await channel.DisposeAsync(); channel = null; }
                    }
                    down.Add(endpoint.ReceiveEndpoint);
                }
            }
            finally
            {
                if (channel is not null) await channel.DisposeAsync();
            }
            return down;
        }
        catch (Exception e) when (e is BrokerUnreachableException or AlreadyClosedException or OperationInterruptedException
                                      or System.Net.Sockets.SocketException or IOException or TimeoutException)
        {
            await DropConnectionAsync();
            return null;
        }
    }

    public static string QueueName(Uri inputAddress) => inputAddress.AbsolutePath.Split('/')[^1];

    private static bool IsTemporary(Uri inputAddress) =>
        new[] { "temporary=true", "durable=false", "autodelete=true" }.Any(q => inputAddress.Query.Contains(q, StringComparison.OrdinalIgnoreCase));

    /// <summary>0 also when the queue is missing: a passive declare of an absent queue closes only its channel, which
    /// the caller then replaces. One channel serves a whole check otherwise.</summary>
    private static async Task<uint> ConsumersAsync(IChannel channel, string queue, CancellationToken ct)
    {
        try
        {
            return (await channel.QueueDeclarePassiveAsync(queue, ct)).ConsumerCount;
        }
        catch (OperationInterruptedException e) when (e.ShutdownReason?.ReplyCode == 404)
        {
            return 0;
        }
    }

    private async Task DropConnectionAsync()
    {
        if (connection is null) return;
        try
        {
            connection.Dispose();
        }
        catch (Exception)
        {
            // already broken
        }
        connection = null;
    }

    public async ValueTask DisposeAsync() => await DropConnectionAsync();
}
