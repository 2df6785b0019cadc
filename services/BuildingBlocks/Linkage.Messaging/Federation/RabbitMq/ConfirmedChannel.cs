using RabbitMQ.Client;

namespace Linkage.Messaging;

/// <summary>One publisher-confirmed channel on the federation connection, opened (and <paramref name="declare"/>d)
/// on first use and again after it closed; a publish returns once the broker has the message (mandatory: an
/// unroutable one throws).</summary>
internal sealed class ConfirmedChannel(RabbitMqFederationConnection connection, Func<IChannel, CancellationToken, Task>? declare = null)
    : IAsyncDisposable
{
    private readonly SemaphoreSlim gate = new(1, 1);
    private IChannel? channel;

    public async Task PublishAsync(string exchange, string routingKey, BasicProperties properties, ReadOnlyMemory<byte> body, CancellationToken ct)
    {
        await gate.WaitAsync(ct);
        try
        {
            if (channel is not { IsOpen: true })
            {
                if (channel is not null) await channel.DisposeAsync();
                var conn = await connection.GetAsync(ct);
                channel = await conn.CreateChannelAsync(new CreateChannelOptions(true, true), ct);
                if (declare is not null) await declare(channel, ct);
            }
            await channel.BasicPublishAsync(exchange, routingKey, mandatory: true, properties, body, ct);
        }
        finally
        {
            gate.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (channel is not null) await channel.DisposeAsync();
        gate.Dispose();
    }
}
