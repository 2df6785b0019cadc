using RabbitMQ.Client;

namespace Linkage.Messaging;

/// <summary>The topic exchanges broker links use (decisions 0646, 0670). An event for another deployment is published
/// to <see cref="Out"/> with <see cref="LinkRoutingKeys.For"/> its target and type, where only the link queues of
/// neighbours federating it are bound, each with the bindings of the neighbour's <see cref="In"/>: the subtrees it
/// serves (to <see cref="Here"/>, which feeds each handled type's fanout exchange, the subscription queues of 0012)
/// and those it relays (to its own <see cref="Out"/>: its <c>ServesExcept</c> and <c>Relays</c>). So <c>mandatory</c>
/// is met only by the link that leads to the target; federation's <c>max-hops</c> and <c>x-received-from</c> keep a
/// relayed event from going back.</summary>
internal static class FederationLinks
{
    public const string Out = "linkage.out";

    public const string In = "linkage.in";

    public const string Here = "linkage.here";

    /// <summary><see cref="Out"/>; with <paramref name="loopBack"/> (deployments sharing one broker without links) it
    /// routes to this broker's <see cref="In"/> too.</summary>
    public static async Task DeclareOutAsync(IChannel channel, bool loopBack, CancellationToken ct)
    {
        await channel.ExchangeDeclareAsync(Out, ExchangeType.Topic, durable: true, autoDelete: false, cancellationToken: ct);
        if (!loopBack) return;
        await channel.ExchangeDeclareAsync(In, ExchangeType.Topic, durable: true, autoDelete: false, cancellationToken: ct);
        await channel.ExchangeBindAsync(In, Out, "#", cancellationToken: ct);
    }

    /// <summary>What <see cref="In"/> takes from the links: the divisions this deployment serves, to <see cref="Here"/>;
    /// its delegated subtrees and <see cref="FederationOptions.Relays"/>, onwards to <see cref="Out"/>. Removes the
    /// relay of everything that 0646 bound (<c>#</c>), which made every link take every event.</summary>
    public static async Task DeclareInAsync(IChannel channel, FederationOptions options, CancellationToken ct)
    {
        foreach (var exchange in new[] { In, Out, Here })
            await channel.ExchangeDeclareAsync(exchange, ExchangeType.Topic, durable: true, autoDelete: false, cancellationToken: ct);
        await channel.ExchangeUnbindAsync(Out, In, "#", cancellationToken: ct);
        foreach (var pattern in LinkRoutingKeys.Within(options.Scope))
            await channel.ExchangeBindAsync(Here, In, pattern, cancellationToken: ct);
        var relayed = options.Scope.Except.Select(e => new DivisionScope([e])).Concat(options.Relays);
        foreach (var pattern in relayed.SelectMany(LinkRoutingKeys.Within).Distinct(StringComparer.Ordinal))
            await channel.ExchangeBindAsync(Out, In, pattern, cancellationToken: ct);
    }

    /// <summary>What arrives for this deployment reaches <paramref name="topic"/>'s exchange; the binding of 0646 (key =
    /// type, on <see cref="In"/>) is removed.</summary>
    public static async Task DeclareTypeAsync(IChannel channel, string topic, CancellationToken ct)
    {
        await channel.ExchangeUnbindAsync(topic, In, topic, cancellationToken: ct);
        await channel.ExchangeBindAsync(topic, Here, LinkRoutingKeys.OfType(topic), cancellationToken: ct);
    }
}
