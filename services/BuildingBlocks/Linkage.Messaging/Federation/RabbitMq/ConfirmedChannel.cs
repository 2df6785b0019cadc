using RabbitMQ.Client;

namespace Linkage.Messaging;

/// <summary>One publisher-confirmed channel on the federation connection, opened (and <paramref name="declare"/>d)
/// on first use and again after it closed; a publish returns once the broker has the message (mandatory: an
/// unroutable one throws). Publishes of several callers go out side by side on the channel, each awaiting its own
/// confirm, which the broker gives for many at once (decision 0708): a wave of parked copies is not put back one
/// confirm after another. A confirm that does not come within <see cref="ConfirmTimeout"/> fails the publish and the
/// channel is replaced: after a broker restart the client can leave it pending for good (rabbitmq-dotnet-client#1930).</summary>
internal sealed class ConfirmedChannel(RabbitMqFederationConnection connection, Func<IChannel, CancellationToken, Task>? declare = null)
    : IAsyncDisposable
{
    public static readonly TimeSpan ConfirmTimeout = TimeSpan.FromSeconds(15);

    private readonly SemaphoreSlim opening = new(1, 1);
    private IChannel? channel;

    public async Task PublishAsync(string exchange, string routingKey, BasicProperties properties, ReadOnlyMemory<byte> body, CancellationToken ct)
    {
        using var bounded = CancellationTokenSource.CreateLinkedTokenSource(ct);
        bounded.CancelAfter(ConfirmTimeout);
        IChannel? used = null;
        try
        {
            used = await OpenAsync(bounded.Token);
            await used.BasicPublishAsync(exchange, routingKey, mandatory: true, properties, body, bounded.Token);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            // A publish sent but given up is put again by its caller (a copy twice, which the inbox applies once).
            Abandon(used);
            throw new TimeoutException($"The broker did not confirm a publish to '{exchange}/{routingKey}' within {ConfirmTimeout}.");
        }
    }

    private async Task<IChannel> OpenAsync(CancellationToken ct)
    {
        if (Volatile.Read(ref channel) is { IsOpen: true } open) return open;
        await opening.WaitAsync(ct);
        try
        {
            if (channel is { IsOpen: true } again) return again;
            if (channel is not null) await channel.DisposeAsync();
            channel = null;
            var conn = await connection.GetAsync(ct);
            var opened = await conn.CreateChannelAsync(new CreateChannelOptions(true, true), ct);
            if (declare is not null) await declare(opened, ct);
            Volatile.Write(ref channel, opened);
            return opened;
        }
        finally
        {
            opening.Release();
        }
    }

    /// <summary>The next publish opens a new channel; the stuck one is closed in the background (the publishes still
    /// waiting on it fail, and their callers put their deliveries back as they were).</summary>
    private void Abandon(IChannel? stuck)
    {
        if (stuck is null || Interlocked.CompareExchange(ref channel, null, stuck) != stuck) return;
        _ = Task.Run(async () =>
        {
            try { await stuck.DisposeAsync(); }
            catch (Exception) { /* a channel of a dead connection: nothing left to close */ }
        });
    }

    public async ValueTask DisposeAsync()
    {
        if (channel is not null) await channel.DisposeAsync();
        opening.Dispose();
    }
}
