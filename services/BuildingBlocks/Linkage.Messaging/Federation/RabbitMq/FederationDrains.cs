using System.Collections.Concurrent;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace Linkage.Messaging;

/// <summary>Which topics are draining a backlog, and what their rounds hold back meanwhile (decision 0744): the
/// integration rows a round of a draining topic writes (the life cycle of the cases it brings: a city's
/// <c>CaseAccepted</c>) wait until the drain ends, at most <c>Linkage:Federation:DrainHold</c> (60 s; zero holds
/// nothing), so the drain does not share the host with the life cycle of what it has just applied.</summary>
internal sealed class FederationDrains(OutboxHolds holds, FederationOptions options, IConfiguration config, ILogger<FederationDrains> log)
{
    private readonly ConcurrentDictionary<string, TopicDrain> drains = new(StringComparer.Ordinal);
    private readonly TimeSpan hold = config.GetValue("Linkage:Federation:DrainHold", TimeSpan.FromSeconds(60));
    private readonly TimeSpan quiet = config.GetValue("Linkage:Federation:DrainQuiet", TimeSpan.FromSeconds(1));

    /// <summary>The drain of a subscription's channel; a new channel of the topic (a resubscription) replaces it. None
    /// when nothing is held (a zero <c>DrainHold</c>): no drain is told, logged or released.</summary>
    public TopicDrain? Start(string topic)
    {
        if (hold <= TimeSpan.Zero) return null;
        var drain = new TopicDrain(topic, options.ApplyBatchSize, quiet, holds, log);
        if (drains.TryGetValue(topic, out var old)) old.Dispose();
        drains[topic] = drain;
        return drain;
    }

    /// <summary>Until when a round of <paramref name="topic"/> applied now holds its integration rows; null: not held.</summary>
    public DateTimeOffset? HoldUntil(string topic) =>
        drains.TryGetValue(topic, out var drain) && drain.Draining ? DateTimeOffset.UtcNow + hold : null;
}
