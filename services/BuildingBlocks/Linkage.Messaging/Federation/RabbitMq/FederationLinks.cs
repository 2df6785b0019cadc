using RabbitMQ.Client;

namespace Linkage.Messaging;

/// <summary>The topic exchanges broker links use (decisions 0646, 0670, 0686). An event for another deployment is
/// published to <see cref="Out"/> with <see cref="LinkRoutingKeys.For"/> its target and type, where only the link queues
/// of neighbours federating it are bound. Each direction has an inbound exchange of its own: <see cref="Down"/>
/// federates the parent's <see cref="Out"/>, <see cref="Up"/> the children's, and a link queue carries the bindings of
/// its own one only: the subtrees served here (to <see cref="Here"/>, which feeds each handled type's fanout exchange,
/// the subscription queues of 0012) and what it relays onwards to <see cref="Out"/>, down the <c>ServesExcept</c>
/// subtrees from the parent, up the <c>Relays</c> from the children. So <c>mandatory</c> is met only by the link that
/// leads to the target; federation's <c>max-hops</c> and <c>x-received-from</c> keep a relayed event from going back.</summary>
internal static class FederationLinks
{
    public const string Out = "linkage.out";

    /// <summary>From the parent's link: its events for this deployment and for the subtrees delegated below.</summary>
    public const string Down = "linkage.in.down";

    /// <summary>From the children's links: their events for this deployment and for what lies beyond it.</summary>
    public const string Up = "linkage.in.up";

    public const string Here = "linkage.here";

    /// <summary>The argument naming the deployment a binding is of: a start-up removes only its own.</summary>
    public const string AppArgument = "x-linkage-app";

    /// <summary><see cref="Out"/>; with <paramref name="loopBack"/> (deployments sharing one broker without links) it
    /// routes to this broker's <see cref="Down"/> too, which takes what each of them serves.</summary>
    public static async Task DeclareOutAsync(IChannel channel, bool loopBack, CancellationToken ct)
    {
        await channel.ExchangeDeclareAsync(Out, ExchangeType.Topic, durable: true, autoDelete: false, cancellationToken: ct);
        if (!loopBack) return;
        await channel.ExchangeDeclareAsync(Down, ExchangeType.Topic, durable: true, autoDelete: false, cancellationToken: ct);
        await channel.ExchangeBindAsync(Down, Out, "#", cancellationToken: ct);
    }

    /// <summary>What <see cref="Down"/> and <see cref="Up"/> take from the links (<see cref="Wanted"/>); the bindings
    /// <paramref name="ledger"/> recorded at an earlier start and no longer wanted (a changed <c>Serves</c>,
    /// <c>ServesExcept</c> or <c>Relays</c>) are removed (0686).</summary>
    public static async Task DeclareInAsync(IChannel channel, FederationOptions options, LinkBindingLedger ledger, CancellationToken ct)
    {
        foreach (var exchange in new[] { Down, Up, Out, Here })
            await channel.ExchangeDeclareAsync(exchange, ExchangeType.Topic, durable: true, autoDelete: false, cancellationToken: ct);
        var wanted = Wanted(options);
        var stale = await ledger.RecordAsync(options.AppId, wanted, ct);
        foreach (var b in wanted) await channel.ExchangeBindAsync(b.Destination, b.Source, b.Pattern, Arguments(b), cancellationToken: ct);
        foreach (var b in stale) await channel.ExchangeUnbindAsync(b.Destination, b.Source, b.Pattern, Arguments(b), cancellationToken: ct);
        await ledger.ForgetAsync(stale, ct);
    }

    /// <summary>Each direction takes what this deployment serves; from the parent also its delegated subtrees (down,
    /// towards their deployments), from the children also its <see cref="FederationOptions.Relays"/> (up).</summary>
    public static IReadOnlyList<LinkBinding> Wanted(FederationOptions options)
    {
        var here = LinkRoutingKeys.Within(options.Scope);
        var delegated = options.Scope.Except.Select(e => new DivisionScope([e])).SelectMany(LinkRoutingKeys.Within);
        var relayed = options.Relays.SelectMany(LinkRoutingKeys.Within);
        return
        [
            .. here.Select(p => new LinkBinding(Down, Here, p, options.AppId)),
            .. delegated.Distinct(StringComparer.Ordinal).Select(p => new LinkBinding(Down, Out, p, options.AppId)),
            .. here.Select(p => new LinkBinding(Up, Here, p, options.AppId)),
            .. relayed.Distinct(StringComparer.Ordinal).Select(p => new LinkBinding(Up, Out, p, options.AppId)),
        ];
    }

    /// <summary>What arrives for this deployment reaches <paramref name="topic"/>'s exchange.</summary>
    public static Task DeclareTypeAsync(IChannel channel, string topic, CancellationToken ct) =>
        channel.ExchangeBindAsync(topic, Here, LinkRoutingKeys.OfType(topic), cancellationToken: ct);

    private static Dictionary<string, object?> Arguments(LinkBinding b) => new() { [AppArgument] = b.AppId };
}
