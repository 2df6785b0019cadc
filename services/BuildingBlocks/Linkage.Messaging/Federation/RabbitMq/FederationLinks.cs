using RabbitMQ.Client;

namespace Linkage.Messaging;

/// <summary>The two topic exchanges broker links use (decision 0646): an event for another deployment is published to
/// <see cref="Out"/> (routing key = its type), where only the link queues of neighbours federating it are bound, so
/// <c>mandatory</c> is met only by a queue that leads to a peer. A neighbour's <see cref="Out"/> arrives in this node's
/// <see cref="In"/>, bound to each handled type's fanout exchange (the subscription queues of 0012) and to
/// <see cref="Out"/> (<c>#</c>): a middle tier relays, federation's <c>max-hops</c> and <c>x-received-from</c> keep an
/// event from going back.</summary>
internal static class FederationLinks
{
    public const string Out = "linkage.out";

    public const string In = "linkage.in";

    /// <summary><see cref="Out"/>; with <paramref name="loopBack"/> (deployments sharing one broker without links) it
    /// routes to this broker's <see cref="In"/> too.</summary>
    public static async Task DeclareOutAsync(IChannel channel, bool loopBack, CancellationToken ct)
    {
        await channel.ExchangeDeclareAsync(Out, ExchangeType.Topic, durable: true, autoDelete: false, cancellationToken: ct);
        if (!loopBack) return;
        await channel.ExchangeDeclareAsync(In, ExchangeType.Topic, durable: true, autoDelete: false, cancellationToken: ct);
        await channel.ExchangeBindAsync(In, Out, "#", cancellationToken: ct);
    }

    /// <summary>What arrives from the links reaches <paramref name="topic"/>'s exchange and is relayed onwards.</summary>
    public static async Task DeclareInAsync(IChannel channel, string topic, CancellationToken ct)
    {
        await channel.ExchangeDeclareAsync(In, ExchangeType.Topic, durable: true, autoDelete: false, cancellationToken: ct);
        await channel.ExchangeDeclareAsync(Out, ExchangeType.Topic, durable: true, autoDelete: false, cancellationToken: ct);
        await channel.ExchangeBindAsync(topic, In, topic, cancellationToken: ct);
        await channel.ExchangeBindAsync(Out, In, "#", cancellationToken: ct);
    }
}
