using RabbitMQ.Client;

namespace Linkage.Messaging;

/// <summary>One publisher-confirmed channel on the federation connection, opened (and <paramref name="declare"/>d)
/// on first use and again after it closed; a publish returns once the broker has the message (mandatory: an
/// unroutable one throws). A confirm that does not come within <see cref="ConfirmTimeout"/> fails the publish and
/// the channel is replaced: after a broker restart the client can leave it pending for good
/// (rabbitmq-dotnet-client#1930), which would hold every later publish behind the gate.</summary>
internal sealed class ConfirmedChannel(RabbitMqFederationConnection connection, Func<IChannel, CancellationToken, Task>? declare = null)
    : IAsyncDisposable
{
    public static readonly TimeSpan ConfirmTimeout = TimeSpan.FromSeconds(15);

    private readonly SemaphoreSlim gate = new(1, 1);
    private IChannel? channel;

    public async Task PublishAsync(string exchange, string routingKey, BasicProperties properties, ReadOnlyMemory<byte> body, CancellationToken ct)
    {
        // The bound starts once this publish has the channel: waiting behind other publishes' confirms is not the broker
        // failing to confirm this one, and a publish sent but given up would be put again by the caller (a copy twice).
        await gate.WaitAsync(ct);
        using var bounded = CancellationTokenSource.CreateLinkedTokenSource(ct);
        bounded.CancelAfter(ConfirmTimeout);
        try
        {
            if (channel is not { IsOpen: true })
            {
                if (channel is not null) await channel.DisposeAsync();
                var conn = await connection.GetAsync(bounded.Token);
                channel = await conn.CreateChannelAsync(new CreateChannelOptions(true, true), bounded.Token);
                if (declare is not null) await declare(channel, bounded.Token);
            }
            await channel.BasicPublishAsync(exchange, routingKey, mandatory: true, properties, body, bounded.Token);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            Abandon();
            throw new TimeoutException($"The broker did not confirm a publish to '{exchange}/{routingKey}' within {ConfirmTimeout}.");
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>The next publish opens a new channel; the stuck one is closed in the background.</summary>
    private void Abandon()
    {
        if (channel is not { } stuck) return;
        channel = null;
        _ = Task.Run(async () =>
        {
            try { await stuck.DisposeAsync(); }
            catch (Exception) { /* a channel of a dead connection: nothing left to close */ }
        });
    }

    public async ValueTask DisposeAsync()
    {
        if (channel is not null) await channel.DisposeAsync();
        gate.Dispose();
    }
}
