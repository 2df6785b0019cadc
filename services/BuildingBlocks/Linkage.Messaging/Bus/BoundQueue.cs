using Microsoft.Extensions.Configuration;
using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;

namespace Linkage.Messaging;

/// <summary>A durable queue of the bus's broker that no consumer of ours reads — an outside relay takes from it —
/// bound to the publish exchanges of some integration events (named <c>Namespace:Name</c>, fanout, as MassTransit
/// declares them), so each published event waits there whether or not the relay is running; with
/// <see cref="QueueBounds"/>, for a bounded time and number (decision 0656).</summary>
public static class BoundQueue
{
    /// <summary>What <see cref="DeclareAsync"/> found: <see cref="Unbounded"/> when the queue existed without the bounds
    /// and still held messages, so it was left as it was (an operator drains or purges it; the next start bounds it).</summary>
    public enum Declared { AsAsked, Unbounded }

    public static async Task<Declared> DeclareAsync(
        IConfiguration config, string queue, IEnumerable<Type> events, QueueBounds? bounds, CancellationToken ct)
    {
        var factory = new ConnectionFactory { Uri = RabbitMqUri.From(config).ToAmqpUri() };
        await using var connection = await factory.CreateConnectionAsync($"linkage-{queue}", ct);
        var declared = Declared.AsAsked;
        if (bounds is not null)
        {
            await ReplaceIfEmptyAsync(connection, QueueBounds.ExpiredOf(queue), bounds.ExpiredArguments(), ct);
            declared = await ReplaceIfEmptyAsync(connection, queue, bounds.Arguments(queue), ct);
        }
        await using var channel = await connection.CreateChannelAsync(cancellationToken: ct);
        if (bounds is null) await channel.QueueDeclareAsync(queue, durable: true, exclusive: false, autoDelete: false, cancellationToken: ct);
        foreach (var type in events)
        {
            var exchange = $"{type.Namespace}:{type.Name}";
            await channel.ExchangeDeclareAsync(exchange, ExchangeType.Fanout, durable: true, autoDelete: false, cancellationToken: ct);
            await channel.QueueBindAsync(queue, exchange, "", cancellationToken: ct);
        }
        return declared;
    }

    /// <summary>Declares the queue with these arguments; one declared before with others (RabbitMQ refuses to change
    /// them: 406) is deleted and declared again if it is empty, else kept as it is.</summary>
    private static async Task<Declared> ReplaceIfEmptyAsync(
        IConnection connection, string queue, Dictionary<string, object?> arguments, CancellationToken ct)
    {
        try
        {
            await using var channel = await connection.CreateChannelAsync(cancellationToken: ct);
            await channel.QueueDeclareAsync(queue, durable: true, exclusive: false, autoDelete: false, arguments, cancellationToken: ct);
            return Declared.AsAsked;
        }
        catch (OperationInterruptedException e) when (e.ShutdownReason?.ReplyCode == Constants.PreconditionFailed)
        {
            await using var channel = await connection.CreateChannelAsync(cancellationToken: ct);
            try
            {
                await channel.QueueDeleteAsync(queue, ifUnused: false, ifEmpty: true, cancellationToken: ct);
            }
            catch (OperationInterruptedException notEmpty) when (notEmpty.ShutdownReason?.ReplyCode == Constants.PreconditionFailed)
            {
                return Declared.Unbounded;
            }
            await channel.QueueDeclareAsync(queue, durable: true, exclusive: false, autoDelete: false, arguments, cancellationToken: ct);
            return Declared.AsAsked;
        }
    }
}
