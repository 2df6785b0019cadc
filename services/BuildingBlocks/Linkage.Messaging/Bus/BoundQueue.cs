using Microsoft.Extensions.Configuration;
using RabbitMQ.Client;

namespace Linkage.Messaging;

/// <summary>A durable queue of the bus's broker that no consumer of ours reads — an outside relay takes from it —
/// bound to the publish exchanges of some integration events (named <c>Namespace:Name</c>, fanout, as MassTransit
/// declares them), so each published event waits there whether or not the relay is running.</summary>
public static class BoundQueue
{
    public static async Task DeclareAsync(IConfiguration config, string queue, IEnumerable<Type> events, CancellationToken ct)
    {
        var factory = new ConnectionFactory { Uri = RabbitMqUri.From(config).ToAmqpUri() };
        await using var connection = await factory.CreateConnectionAsync($"linkage-{queue}", ct);
        await using var channel = await connection.CreateChannelAsync(cancellationToken: ct);
        await channel.QueueDeclareAsync(queue, durable: true, exclusive: false, autoDelete: false, cancellationToken: ct);
        foreach (var type in events)
        {
            var exchange = $"{type.Namespace}:{type.Name}";
            await channel.ExchangeDeclareAsync(exchange, ExchangeType.Fanout, durable: true, autoDelete: false, cancellationToken: ct);
            await channel.QueueBindAsync(queue, exchange, "", cancellationToken: ct);
        }
    }
}
