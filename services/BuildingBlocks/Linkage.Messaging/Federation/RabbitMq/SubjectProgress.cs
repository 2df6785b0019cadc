using System.Collections.Concurrent;

namespace Linkage.Messaging;

/// <summary>When each ordered subject last moved at this replica, and for which of its events (decisions 0657, 0708).
/// An early event waits for its predecessor; the gap timeout counts from its first parking or from the subject's last
/// move below it, whichever is later. A move below n is an event under n applied, or one under n arriving for the first
/// time and parked: a gap filled from above, as a reversed backlog fills it, is filling although nothing is applied
/// until its lowest event comes. So a gap that is filling, however slowly its events come round, is not taken for one
/// that never fills, while a gap behind which only later events keep arriving still is. Moves older than the gap
/// timeout extend nothing and are dropped.</summary>
internal sealed class SubjectProgress(FederationOptions options, TimeProvider clock)
{
    private const int PruneEvery = 4096;

    private readonly ConcurrentDictionary<string, Moves> subjects = new(StringComparer.Ordinal);
    private int writes;

    /// <summary>Every event of the subject up to n is applied: a move for all its events above n.</summary>
    public void Applied(FederationEvent e)
    {
        if (e.Subject is null || e.Sequence is not { } n) return;
        var now = clock.GetUtcNow();
        Record(e, now, last => last with { Applied = new Move(now, n) });
    }

    /// <summary>Event n arrived before its predecessor and is parked for the first time: a move for the subject's events
    /// above n. One arriving above the last arrival (events coming in order behind a gap) moves nothing.</summary>
    public void Arrived(FederationEvent e)
    {
        if (e.Subject is null || e.Sequence is not { } n) return;
        var now = clock.GetUtcNow();
        Record(e, now, last => last.Arrived is { } before && n >= before.Below && now - before.At < options.GapTimeout
            ? last
            : last with { Arrived = new Move(now, n) });
    }

    /// <summary>Since when the event has waited without its subject moving below it: <paramref name="parkedSince"/>, or
    /// the subject's last move below it after that.</summary>
    public DateTimeOffset WaitingSince(FederationEvent e, DateTimeOffset parkedSince) =>
        e.Subject is not null && e.Sequence is { } n && subjects.TryGetValue(Key(e), out var last)
            ? Later(Later(parkedSince, last.Applied, n), last.Arrived, n)
            : parkedSince;

    private static DateTimeOffset Later(DateTimeOffset since, Move? move, long n) =>
        move is { } m && n > m.Below && m.At > since ? m.At : since;

    private void Record(FederationEvent e, DateTimeOffset now, Func<Moves, Moves> move)
    {
        subjects.AddOrUpdate(Key(e), _ => move(new Moves(null, null)), (_, last) => move(last));
        if (Interlocked.Increment(ref writes) % PruneEvery == 0)
            foreach (var (key, last) in subjects)
                if (now - last.Latest > options.GapTimeout) subjects.TryRemove(key, out _);
    }

    private static string Key(FederationEvent e) => $"{e.Signer ?? e.Source}\n{e.Subject}";

    /// <summary>At <see cref="At"/> the subject moved for its events above <see cref="Below"/>.</summary>
    private readonly record struct Move(DateTimeOffset At, long Below);

    private readonly record struct Moves(Move? Applied, Move? Arrived)
    {
        public DateTimeOffset Latest => Later(Later(DateTimeOffset.MinValue, Applied, long.MaxValue), Arrived, long.MaxValue);
    }
}
