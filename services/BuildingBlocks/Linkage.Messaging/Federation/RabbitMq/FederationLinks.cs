using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;

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
        await BindAsync(channel, options.AppId, AnyHost, Wanted(options), ledger, ct);
    }

    /// <summary>Records <paramref name="wanted"/> as <paramref name="host"/>'s, binds it, unbinds what that host
    /// recorded before and no longer wants, then forgets those (0686).</summary>
    private static async Task BindAsync(
        IChannel channel, string appId, string host, IReadOnlyList<LinkBinding> wanted, LinkBindingLedger ledger, CancellationToken ct)
    {
        var stale = await ledger.RecordAsync(appId, host, wanted, ct);
        foreach (var b in wanted) await channel.ExchangeBindAsync(b.Destination, b.Source, b.Pattern, Arguments(b), cancellationToken: ct);
        foreach (var b in stale)
        {
            // a type's fanout exchange may be gone with its type: unbinding from a missing one would close the channel
            if (b.Source == Here) await DaprRabbitMqTopology.DeclareTopicAsync(channel, b.Destination, ct);
            await channel.ExchangeUnbindAsync(b.Destination, b.Source, b.Pattern, Arguments(b), cancellationToken: ct);
        }
        await ledger.ForgetAsync(stale, ct);
    }

    /// <summary>The ledger's host of the link bindings: every host of a deployment wants the same.</summary>
    private const string AnyHost = "";

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

    /// <summary>What arrives for this deployment reaches each of <paramref name="topics"/>' exchanges, bound with the
    /// app id and recorded as this host's (<see cref="FederationOptions.Host"/>); a type this host bound at an earlier
    /// start and no longer handles is unbound, so its queue stops filling (decision 0699). The binding without the app id
    /// that hosts made before it is removed for the types handled here; one of a type no longer handled was never
    /// recorded and stays.</summary>
    public static async Task DeclareTypesAsync(
        IChannel channel, FederationOptions options, IReadOnlyList<string> topics, LinkBindingLedger ledger, CancellationToken ct)
    {
        foreach (var topic in topics) await DaprRabbitMqTopology.DeclareTopicAsync(channel, topic, ct);
        await BindAsync(channel, options.AppId, options.Host,
            [.. topics.Select(t => new LinkBinding(Here, t, LinkRoutingKeys.OfType(t), options.AppId))], ledger, ct);
        foreach (var topic in topics) await channel.ExchangeUnbindAsync(topic, Here, LinkRoutingKeys.OfType(topic), cancellationToken: ct);
    }

    /// <summary>The one inbound exchange of every link before 0686. Its bindings this deployment made (without the app
    /// id: what it serves to <see cref="Here"/>, what it relays to <see cref="Out"/>, from the same settings) are removed,
    /// then the exchange, unless another deployment on the broker still has bindings from it (decision 0699).</summary>
    public const string OldIn = "linkage.in";

    /// <summary>Removes this deployment's part of <see cref="OldIn"/>, and the exchange when nothing else is bound from it;
    /// false when it is kept for another deployment's bindings (or was never there: true). The hosts of a deployment
    /// starting at once take turns (<see cref="LinkBindingLedger.OneHostAtATimeAsync"/>), so none unbinds from the
    /// exchange a sibling has just deleted; another deployment's start on the same broker may still delete it meanwhile.</summary>
    public static async Task<bool> RemoveOldInAsync(IConnection connection, FederationOptions options, CancellationToken ct)
    {
        // declared as it was, not probed: a passive declare of a missing exchange is a channel error in the broker's log at
        // every start of a deployment that never had it; one declared here has no bindings and goes with the delete below.
        // Each step on a channel of its own (a refused one closes it); gone meanwhile, the exchange took its bindings along
        var mine = Wanted(options).Select(b => (b.Destination, b.Pattern)).Distinct().ToList();
        await OnChannelAsync(connection, async channel =>
        {
            await channel.ExchangeDeclareAsync(OldIn, ExchangeType.Topic, durable: true, autoDelete: false, cancellationToken: ct);
            foreach (var (destination, pattern) in mine) await channel.ExchangeUnbindAsync(destination, OldIn, pattern, cancellationToken: ct);
        });
        return await OnChannelAsync(connection, c => c.ExchangeDeleteAsync(OldIn, ifUnused: true, cancellationToken: ct));
    }

    /// <summary>Whether <paramref name="step"/> went through (or found nothing to do); in use is its answer, not a failure.</summary>
    private static async Task<bool> OnChannelAsync(IConnection connection, Func<IChannel, Task> step)
    {
        await using var channel = await connection.CreateChannelAsync();
        try
        {
            await step(channel);
            return true;
        }
        catch (OperationInterruptedException ex) when (ex.ShutdownReason?.ReplyCode is 404 or 406)
        {
            return ex.ShutdownReason.ReplyCode == 404; // gone meanwhile with another host's start
        }
    }

    private static Dictionary<string, object?> Arguments(LinkBinding b) => new() { [AppArgument] = b.AppId };
}
