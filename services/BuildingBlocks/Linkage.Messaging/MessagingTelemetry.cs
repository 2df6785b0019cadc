using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Linkage.Messaging;

/// <summary>Add <see cref="Name"/> as an OpenTelemetry activity source and meter to see dispatches.</summary>
public static class MessagingTelemetry
{
    public const string Name = "Linkage.Messaging";

    internal static readonly ActivitySource Source = new(Name);

    private static readonly Meter Meter = new(Name);

    internal static readonly Counter<long> Dispatched = Meter.CreateCounter<long>("linkage.outbox.dispatched", "{message}");

    /// <summary>The dispatcher's claims (tags <c>schema</c>, <c>found</c>: <c>rows</c> or <c>none</c>). A claim that
    /// finds none costs a transaction for nothing: a round's end or a commit's wake-up claims again only when rows may
    /// be due (decision 0761).</summary>
    internal static readonly Counter<long> Claims = Meter.CreateCounter<long>("linkage.outbox.claims", "{claim}");

    internal static readonly Counter<long> Failed = Meter.CreateCounter<long>("linkage.outbox.failed", "{message}");

    /// <summary>Rows a round took behind its own rows of their lane, committed while it published (tag <c>schema</c>;
    /// decision 0850): they went out without waiting for its commit and a claim after it.</summary>
    internal static readonly Counter<long> ClaimedBehind = Meter.CreateCounter<long>("linkage.outbox.claimed_behind", "{message}");

    /// <summary>Outbox rows parked after <see cref="OutboxOptions.MaxAttempts"/> failed publishes: an alarm.</summary>
    internal static readonly Counter<long> Parked = Meter.CreateCounter<long>("linkage.outbox.parked", "{message}");

    /// <summary>Held integration rows made due when a federation backlog had drained, or at a dispatcher's start
    /// (decision 0744).</summary>
    internal static readonly Counter<long> Released = Meter.CreateCounter<long>("linkage.outbox.released", "{message}");

    /// <summary>The federation alarm: an event refused (tag <c>reason</c> class) and put in quarantine.</summary>
    internal static readonly Counter<long> Quarantined = Meter.CreateCounter<long>("linkage.federation.quarantined", "{event}");

    /// <summary>Restarts of receive endpoints (tag <c>scope</c>: endpoints or bus) by the bus watchdog.</summary>
    internal static readonly Counter<long> BusRecoveries = Meter.CreateCounter<long>("linkage.bus.recoveries", "{recovery}");

    /// <summary>Watchdog recoveries after which endpoints were still down, or that failed outright.</summary>
    internal static readonly Counter<long> BusRecoveryFailures = Meter.CreateCounter<long>("linkage.bus.recovery_failures", "{recovery}");

    /// <summary>Overtaken events sent back to the end of their queue to wait for their predecessor (decision 0574).</summary>
    internal static readonly Counter<long> OvertakenRequeued =
        Meter.CreateCounter<long>("linkage.consumer.overtaken_requeued", "{message}");

    internal static readonly Counter<long> TransientRetries =
        Meter.CreateCounter<long>("linkage.consumer.transient_retries", "{attempt}");

    /// <summary>A federation batch's time once due (tags <c>topic</c>, <c>stage</c>): waiting for the rest of its admission, applying
    /// its rounds, acking and settling alone what they left (decision 0718).</summary>
    internal static readonly Histogram<double> FederationBatchStages =
        Meter.CreateHistogram<double>("linkage.federation.batch.stage", "ms");

    /// <summary>A federation batch's deliveries once settled (tags <c>topic</c>, <c>taken</c>: <c>ahead</c>, while the batch
    /// before it applied, or <c>when due</c>; decisions 0718, 0746). In a drained backlog every full batch but the first
    /// is taken ahead.</summary>
    internal static readonly Histogram<int> FederationBatchSizes =
        Meter.CreateHistogram<int>("linkage.federation.batch.size", "{delivery}");

    /// <summary>Federation events admitted ahead, while the batch before theirs was settled (tags <c>topic</c>, <c>outcome</c>
    /// of the admission; decision 0718).</summary>
    internal static readonly Counter<long> AdmittedAhead = Meter.CreateCounter<long>("linkage.federation.admitted_ahead", "{event}");

    /// <summary>Federation events admitted (tags <c>type</c>; <c>by</c>, who claimed the admission: <c>arrival</c>,
    /// <c>ahead</c>, <c>due</c> or <c>alone</c>; <c>outcome</c>), each once (decision 0828).</summary>
    internal static readonly Counter<long> Admitted =
        Meter.CreateCounter<long>("linkage.federation.admitted", "{event}");

    /// <summary>SM2 operations of the federation bus (tags <c>app</c>, <c>operation</c>: <c>sign</c>, one per outbox round;
    /// <c>verify</c>, one per root not verified before and per event from a sender before 0721). See decision 0721.</summary>
    private static readonly Counter<long> Sm2Operations = Meter.CreateCounter<long>("linkage.federation.sm2", "{operation}");

    internal static void Sm2(string app, string operation) =>
        Sm2Operations.Add(1, new KeyValuePair<string, object?>("app", app), new KeyValuePair<string, object?>("operation", operation));

    /// <summary>Local batches applied in one round (decision 0662).</summary>
    internal static readonly Counter<long> BatchesApplied = Meter.CreateCounter<long>("linkage.consumer.batches_applied", "{batch}");

    /// <summary>Local batches that could not be applied together and went one message at a time.</summary>
    internal static readonly Counter<long> BatchesSplit = Meter.CreateCounter<long>("linkage.consumer.batches_split", "{batch}");
}
