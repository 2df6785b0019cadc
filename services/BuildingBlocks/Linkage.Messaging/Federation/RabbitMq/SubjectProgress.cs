using System.Collections.Concurrent;

namespace Linkage.Messaging;

/// <summary>When each ordered subject last had an event applied by this replica (decision 0657). An early event waits
/// for its predecessor; the gap timeout counts from its first parking or from its subject's last applied event,
/// whichever is later, so a gap that is filling (its predecessors applied one by one, however slowly the parked copies
/// come round) is not taken for one that never fills. Entries older than the gap timeout extend nothing and are
/// dropped.</summary>
internal sealed class SubjectProgress(FederationOptions options, TimeProvider clock)
{
    private const int PruneEvery = 4096;

    private readonly ConcurrentDictionary<string, DateTimeOffset> applied = new(StringComparer.Ordinal);
    private int writes;

    public void Applied(FederationEvent e)
    {
        if (e.Subject is null || e.Sequence is null) return;
        var now = clock.GetUtcNow();
        applied[Key(e)] = now;
        if (Interlocked.Increment(ref writes) % PruneEvery == 0)
            foreach (var (key, at) in applied)
                if (now - at > options.GapTimeout) applied.TryRemove(key, out _);
    }

    /// <summary>Since when the event has waited without its subject moving: <paramref name="parkedSince"/>, or the
    /// subject's last applied event after it.</summary>
    public DateTimeOffset WaitingSince(FederationEvent e, DateTimeOffset parkedSince) =>
        e.Subject is not null && applied.TryGetValue(Key(e), out var at) && at > parkedSince ? at : parkedSince;

    private static string Key(FederationEvent e) => $"{e.Signer ?? e.Source}\n{e.Subject}";
}
