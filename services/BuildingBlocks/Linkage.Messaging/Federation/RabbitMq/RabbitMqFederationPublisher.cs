using System.Collections.Concurrent;
using RabbitMQ.Client;

namespace Linkage.Messaging;

/// <summary>Publishes a CloudEvent (structured JSON, <c>application/cloudevents+json</c>, persistent) on a channel with
/// publisher confirms, <c>mandatory</c> (0330): an event for a division this deployment serves to the fanout exchange
/// named after its type (its own subscription queues), any other to <see cref="FederationLinks.Out"/> keyed by its
/// target division and type, where only link queues to neighbours are bound, each for what lies behind it (0646, 0670). The call completes when the broker has routed it.</summary>
internal sealed class RabbitMqFederationPublisher(RabbitMqFederationConnection connection, FederationOptions options) : IFederationPublisher, IAsyncDisposable
{
    private readonly SemaphoreSlim gate = new(1, 1);
    private readonly ConcurrentDictionary<string, bool> declared = new(StringComparer.Ordinal);
    private IChannel? channel;

    public async Task PublishAsync(FederationEvent e, CancellationToken ct)
    {
        var ch = await ChannelAsync(ct);
        var local = options.Scope.Covers(e.TargetDivision);
        var exchange = local ? e.Type : FederationLinks.Out;
        if (!declared.ContainsKey(exchange))
        {
            if (local) await DaprRabbitMqTopology.DeclareTopicAsync(ch, e.Type, ct);
            else await FederationLinks.DeclareOutAsync(ch, options.LoopBack, ct);
            declared[exchange] = true;
        }
        var properties = new BasicProperties
        {
            ContentType = FederationEvent.CloudEventsContentType,
            DeliveryMode = DeliveryModes.Persistent,
            MessageId = e.Id,
            Type = e.Type,
        };
        // mandatory: an event no queue takes (no subscriber, no link yet) comes back as a basic.return, which the
        // confirm tracking turns into a PublishReturnException: the outbox row stays pending and is retried.
        // To another deployment, keyed by its target division (0670): only the link towards it takes it.
        await ch.BasicPublishAsync(exchange, local ? "" : LinkRoutingKeys.For(e.TargetDivision, e.Type), mandatory: true, properties, e.ToJsonBytes(), ct);
    }

    private async Task<IChannel> ChannelAsync(CancellationToken ct)
    {
        if (channel is { IsOpen: true } open) return open;
        await gate.WaitAsync(ct);
        try
        {
            if (channel is { IsOpen: true } again) return again;
            if (channel is not null) await channel.DisposeAsync();
            declared.Clear();
            var conn = await connection.GetAsync(ct);
            return channel = await conn.CreateChannelAsync(
                new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true), ct);
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
