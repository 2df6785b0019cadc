using Linkage.Kernel;
using Microsoft.Extensions.Configuration;

namespace Linkage.Messaging;

/// <summary><c>Linkage:Federation</c> and <c>Linkage:Serves</c>.</summary>
public sealed class FederationOptions
{
    public FederationMode Mode { get; init; } = FederationMode.RabbitMq;

    /// <summary>Dapr app id = consumer id: queues are <c>{AppId}-{topic}</c>. Unique per deployment on a shared broker.</summary>
    public string AppId { get; init; } = "linkage";

    public string PubSubName { get; init; } = "pubsub";

    /// <summary>Which of the deployment's hosts this is: its <c>Linkage:Modules</c> (<c>all</c> unless split). The type
    /// bindings a start records and removes are this host's (decision 0699): a split host's sibling handles other types.</summary>
    public string Host { get; init; } = "all";

    /// <summary>CloudEvent <c>source</c> of what this deployment publishes.</summary>
    public required string Source { get; init; }

    public required DivisionScope Scope { get; init; }

    /// <summary>RabbitMQ adapter: deliveries of one event before it is dead-lettered to <c>dlq-{queue}</c>. Dapr adapter:
    /// failed deliveries before its dead-letter card (the sidecar keeps retrying it, decision 0613).</summary>
    public int MaxDeliveryAttempts { get; init; } = 8;

    /// <summary>RabbitMQ adapter: unacked deliveries per subscription channel; unless set, three times
    /// <see cref="ApplyBatchSize"/> (<see cref="PrefetchFor"/>): while one batch of a waiting backlog applies and the next
    /// is admitted ahead, the one after it is already here, to be taken ahead in turn (decisions 0664, 0718, 0746).</summary>
    public int PrefetchCount { get; init; } = PrefetchFor(DefaultApplyBatchSize);

    /// <summary>RabbitMQ adapter: deployments share this broker with no link between them (tests, two releases on one
    /// broker): what one sends to another comes back in through this broker's <c>linkage.in</c> (decision 0646). Never
    /// with links: its own queues would take what only a link should.</summary>
    public bool LoopBack { get; init; }

    /// <summary>RabbitMQ adapter: subtrees beyond its <c>ServesExcept</c> that this node's links take to relay
    /// onwards (<c>Linkage:Federation:Relays</c>, e.g. a county's <c>350900000000!350926000000</c>: its town's events
    /// for the city, decision 0670). The subtrees of <c>ServesExcept</c> are relayed towards their deployments anyway.</summary>
    public IReadOnlyList<DivisionScope> Relays { get; init; } = [];

    /// <summary>RabbitMQ adapter: deliveries of one topic applied together, in one transaction with their inbox and
    /// sequence rows, by handlers that apply in one batch (decision 0629); 1 applies each on its own. A round takes what
    /// waits, up to this: one event when the queue is quiet, this many while a backlog drains (decision 0664).</summary>
    public int ApplyBatchSize { get; init; } = DefaultApplyBatchSize;

    private const int DefaultApplyBatchSize = 256;

    /// <summary>RabbitMQ adapter: whether a first delivery's admission is begun as it arrives (decision 0828). Off only
    /// in tests (<c>Linkage:Federation:AdmitsOnArrival</c>) that must see 0718's thread ahead and the due path admit
    /// without it.</summary>
    internal bool AdmitsOnArrival { get; init; } = true;

    /// <summary>The prefetch that holds three batches: the one applying, the next (admitted ahead) and the one after
    /// it; at least 32, the deliveries handled one by one at once (0664), and at most what AMQP's prefetch can say.</summary>
    public static int PrefetchFor(int applyBatchSize) => (int)Math.Clamp(3L * applyBatchSize, 32, ushort.MaxValue);

    /// <summary>Dapr adapter: the token the sidecar sends in <c>dapr-api-token</c> (its APP_API_TOKEN).</summary>
    public string? AppApiToken { get; init; }

    /// <summary>Dapr adapter: the sidecar's gRPC endpoint when not the SDK default (DAPR_GRPC_ENDPOINT / port).</summary>
    public string? DaprGrpcEndpoint { get; init; }

    /// <summary>How long an event that arrived before its predecessor is parked (requeued) before it is quarantined
    /// as a gap that never filled.</summary>
    public TimeSpan GapTimeout { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>Bigger CloudEvents are quarantined unread.</summary>
    public int MaxEventBytes { get; init; } = 1 << 20;

    /// <summary>Events older than this are quarantined as replays: the inbox may have forgotten them (its retention).</summary>
    public TimeSpan MaxEventAge { get; init; } = TimeSpan.FromDays(30);

    /// <summary><c>Linkage:Federation:ReportsTo</c>: the division roll-ups and audit heads go to. Unset: the parent of the
    /// first division served; <c>none</c>: nowhere, for the top deployment of a layout with none above it (decision 0647).</summary>
    public string? ReportsTo { get; init; }

    /// <summary>Where this deployment's roll-ups and audit heads go; null when nothing is above it.</summary>
    public string? Above => ReportsTo switch
    {
        NoneAbove => null,
        { Length: > 0 } division => division,
        _ => Scope.Serves.Count > 0 && DivisionCode.TryParse(Scope.Serves[0], out var served, out _) && served.Parent is { } parent
            ? parent.Value : null,
    };

    private const string NoneAbove = "none";

    /// <summary>Whether an event for <paramref name="division"/> has a deployment to go to: one served here, behind a
    /// subtree this node relays to, or anything while a deployment is above. At the top, nothing else can take it, and
    /// since 0670 no link pretends to (the tiers' city: its province).</summary>
    public bool Reaches(string division) => Above is not null || Scope.Covers(division)
        || Scope.Except.Any(e => new DivisionScope([e]).Covers(division)) || Relays.Any(r => r.Covers(division));

    public static FederationOptions From(IConfiguration config)
    {
        var section = config.GetSection("Linkage:Federation");
        var serves = ReadList(config.GetSection("Linkage:Serves"));
        var appId = section["AppId"] is { Length: > 0 } id ? id : "linkage";
        var applyBatchSize = section.GetValue("ApplyBatchSize", DefaultApplyBatchSize);
        return new FederationOptions
        {
            Mode = ParseMode(section["Mode"]),
            AppId = appId,
            PubSubName = section["PubSubName"] is { Length: > 0 } p ? p : "pubsub",
            Host = string.Join(',', ReadList(config.GetSection("Linkage:Modules")).Select(m => m.ToLowerInvariant()).Order(StringComparer.Ordinal))
                is { Length: > 0 } host ? host : "all",
            Source = section["Source"] is { Length: > 0 } s ? s : $"/linkage/{appId}/{(serves.Count == 0 ? "all" : string.Join(',', serves))}",
            Scope = new DivisionScope(serves, ReadList(config.GetSection("Linkage:ServesExcept"))),
            MaxDeliveryAttempts = section.GetValue("MaxDeliveryAttempts", 8),
            PrefetchCount = section.GetValue<int?>("PrefetchCount") ?? PrefetchFor(applyBatchSize),
            LoopBack = section.GetValue("LoopBack", false),
            Relays = ReadList(section.GetSection("Relays")).Select(ParseRelay).ToList(),
            ApplyBatchSize = applyBatchSize,
            AdmitsOnArrival = section.GetValue("AdmitsOnArrival", true),
            AppApiToken = section["AppApiToken"] is { Length: > 0 } t ? t : Environment.GetEnvironmentVariable("APP_API_TOKEN"),
            DaprGrpcEndpoint = section["DaprGrpcEndpoint"],
            GapTimeout = section.GetValue("GapTimeout", TimeSpan.FromMinutes(10)),
            MaxEventBytes = section.GetValue("MaxEventBytes", 1 << 20),
            MaxEventAge = section.GetValue("MaxEventAge", TimeSpan.FromDays(30)),
            ReportsTo = ParseReportsTo(section["ReportsTo"]),
        };
    }

    private static string? ParseReportsTo(string? value) => value?.Trim() switch
    {
        null or "" => null,
        NoneAbove => NoneAbove,
        var code when DivisionCode.TryParse(code, out var division, out _) => division.Value,
        var code => throw new InvalidOperationException(
            $"Linkage:Federation:ReportsTo '{code}' is neither a division code nor '{NoneAbove}'."),
    };

    private static DivisionScope ParseRelay(string entry) => DivisionScope.ParseSubtree(entry)
        ?? throw new InvalidOperationException($"Linkage:Federation:Relays entry '{entry}' is not 'subtree' or 'subtree!except'.");

    private static FederationMode ParseMode(string? mode) => mode?.Trim().ToLowerInvariant() switch
    {
        null or "" or "rabbitmq" => FederationMode.RabbitMq,
        "dapr" => FederationMode.Dapr,
        _ => throw new InvalidOperationException($"Linkage:Federation:Mode '{mode}' is neither 'rabbitmq' nor 'dapr'."),
    };

    /// <summary>Division codes or event types: either a list section (<c>Linkage:Serves:0</c>…) or one comma-separated value.</summary>
    internal static List<string> ReadList(IConfigurationSection section)
    {
        var values = section.Value is { Length: > 0 } single
            ? single.Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            : section.GetChildren().Select(c => c.Value?.Trim()).OfType<string>().Where(v => v.Length > 0).ToArray();
        return [.. values];
    }
}
