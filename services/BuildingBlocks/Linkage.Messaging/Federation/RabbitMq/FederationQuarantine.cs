using Microsoft.Extensions.Logging;
using RabbitMQ.Client;

namespace Linkage.Messaging;

/// <summary>Refused events, kept for an operator: the queue <c>{AppId}-quarantine</c> (durable, lazy) holds each
/// body as received with its reason in the <c>x-quarantine-reason</c> header; an error log and the
/// <c>linkage.federation.quarantined</c> counter raise the alarm. See docs/decisions/0331.</summary>
internal sealed class FederationQuarantine(
    RabbitMqFederationConnection connection, FederationOptions options, ILogger<FederationQuarantine> log) : IAsyncDisposable
{
    private readonly SemaphoreSlim gate = new(1, 1);
    private IChannel? channel;

    public string Queue => $"{options.AppId}-quarantine";

    public Task DeclareAsync(IChannel channel, CancellationToken ct) =>
        channel.QueueDeclareAsync(Queue, durable: true, exclusive: false, autoDelete: false,
            arguments: new Dictionary<string, object?> { ["x-queue-mode"] = "lazy" }, cancellationToken: ct);

    /// <summary>Publishes the body to the quarantine queue and waits for the broker's confirm.</summary>
    public async Task PutAsync(ReadOnlyMemory<byte> body, string? id, string exchange, string reason, CancellationToken ct)
    {
        FederationAlarm.Raise(log, id, exchange, reason);
        var properties = new BasicProperties
        {
            DeliveryMode = DeliveryModes.Persistent,
            MessageId = id,
            Headers = new Dictionary<string, object?> { ["x-quarantine-reason"] = reason, ["x-original-exchange"] = exchange },
        };
        await gate.WaitAsync(ct);
        try
        {
            if (channel is not { IsOpen: true })
            {
                var conn = await connection.GetAsync(ct);
                channel = await conn.CreateChannelAsync(new CreateChannelOptions(true, true), ct);
                await DeclareAsync(channel, ct);
            }
            await channel.BasicPublishAsync("", Queue, mandatory: true, properties, body, ct);
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
