using Microsoft.Extensions.Configuration;

namespace Linkage.Messaging;

/// <summary><c>Linkage:Outbox</c>: how the dispatcher polls, batches, backs off and purges.</summary>
public sealed class OutboxOptions
{
    /// <summary>Polling fallback when no NOTIFY arrives (lost listener connection, rows waiting for a retry).</summary>
    public TimeSpan PollingInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How far the poll stretches while nothing is due: each empty poll doubles the wait, up to this; a claimed
    /// row or an in-process wake-up brings it back to <see cref="PollingInterval"/> (decision 0607).</summary>
    public TimeSpan IdlePollingInterval { get; set; } = TimeSpan.FromSeconds(5);

    public int BatchSize { get; set; } = 500;

    /// <summary>Rounds published at once: the next round is claimed while the previous ones wait for their confirms,
    /// not after (decision 0630). The rows of one aggregate still go out one round after another.</summary>
    public int RoundsInFlight { get; set; } = 4;

    /// <summary>A round still publishing takes the rows a later claim skipped behind its lanes (decision 0850); off, the
    /// claim that skipped them leaves them to the next claim after any round's end (0761).</summary>
    public bool TakeBehind { get; set; } = true;

    /// <summary>Upper bound of the retry backoff (1 s, 2 s, 4 s … after each failed publish).</summary>
    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Failed publishes after which a row is parked: no longer holding back the later rows of its aggregate
    /// (docs/decisions/0311), tried again only every <see cref="ParkedRetryInterval"/>, and, for a federation row,
    /// alarmed until it crosses (0673); <c>./platform messages replay</c> tries it at once.</summary>
    public int MaxAttempts { get; set; } = 10;

    /// <summary>How often a parked row is tried again: a link that comes up late (a deployment's first link after
    /// the back-off ran out) carries it then without an operator (decision 0673).</summary>
    public TimeSpan ParkedRetryInterval { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>How long a single publish may take before it counts as failed.</summary>
    public TimeSpan PublishTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Dispatched outbox rows are deleted after this.</summary>
    public TimeSpan Retention { get; set; } = TimeSpan.FromDays(3);

    /// <summary>Inbox rows are deleted after this; a redelivery older than that would be applied again.</summary>
    public TimeSpan InboxRetention { get; set; } = TimeSpan.FromDays(30);

    public TimeSpan CleanupInterval { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Rows one purge statement deletes; a cleanup goes on while a table still gives a full batch, so the purge
    /// keeps up with any rate (decision 0813).</summary>
    public int PurgeBatchSize { get; set; } = 10_000;

    public static OutboxOptions From(IConfiguration config)
    {
        var options = new OutboxOptions();
        config.GetSection("Linkage:Outbox").Bind(options);
        return options;
    }
}
