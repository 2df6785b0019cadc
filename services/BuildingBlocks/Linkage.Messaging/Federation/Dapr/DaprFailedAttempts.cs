using System.Collections.Concurrent;

namespace Linkage.Messaging;

/// <summary>How often each CloudEvent's handlers have failed here, by id, and whether its dead-letter card was raised.
/// The sidecar retries a RETRY per its resiliency policy and, with <c>requeueInFailure</c>, the broker redelivers it
/// after that, never telling the app a count (decision 0613); the sidecar talks only to its own app, so its retries are
/// counted where they arrive. A restart or another replica counts again from nothing; the card's id is the same, so it
/// is raised once. Bounded: past <see cref="Capacity"/> events failing at once, new ones are not counted until others settle.</summary>
internal sealed class DaprFailedAttempts
{
    public const int Capacity = 10_000;

    private readonly ConcurrentDictionary<string, (int Failures, bool Carded)> events = new(StringComparer.Ordinal);

    /// <summary>This failure's number (1 for the first) and whether the card is up already; 0 when the table is full.</summary>
    public (int Failures, bool Carded) Failed(string id)
    {
        if (events.Count >= Capacity && !events.ContainsKey(id)) return (0, false);
        return events.AddOrUpdate(id, (1, false), (_, e) => (e.Failures + 1, e.Carded));
    }

    public void Carded(string id) => events.AddOrUpdate(id, (0, true), (_, e) => e with { Carded = true });

    public bool IsCarded(string id) => events.TryGetValue(id, out var e) && e.Carded;

    /// <summary>Forgets the event: applied, refused or not ours.</summary>
    public void Settled(string id) => events.TryRemove(id, out _);
}
