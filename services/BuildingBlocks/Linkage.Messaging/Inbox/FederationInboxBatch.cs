using Microsoft.EntityFrameworkCore;

namespace Linkage.Messaging;

/// <summary>Applies a batch of federation events of distinct subjects as one <see cref="InboxRound"/> (decisions 0629,
/// 0648): each event's inbox row and sequence row with the round's, the handlers' changes in the round's save. What the
/// inbox already holds is looked up in one read, and only when an event has a predecessor to wait for; otherwise a
/// repeat fails the round on its inbox row's key and the caller applies the events one by one. While a backlog drains,
/// the integration rows the round writes are held (<see cref="OutboxHolds"/>, decision 0744).</summary>
internal static class FederationInboxBatch
{
    public static Task<bool[]> RunOnceAsync(ModuleDbContext db, IReadOnlyList<FederationEvent> events, string consumer, bool ordered,
        Func<IReadOnlyList<int>, CancellationToken, Task> prepare, Func<int, CancellationToken, Task> handle, IRoundWrites? writes,
        DateTimeOffset? hold, CancellationToken ct) =>
        InboxRound.RunAsync(db, async () =>
        {
            var settled = new bool[events.Count];
            var known = ordered && events.Any(e => e.Sequence > 1) ? await KnownAsync(db, events, consumer, ct) : [];
            var applying = new List<int>();
            var rows = new InboxRound.Rows();
            for (var i = 0; i < events.Count; i++)
            {
                var e = events[i];
                var id = InboxIds.For(e);
                if (known.Contains(id))
                {
                    settled[i] = true;
                    continue;
                }
                if (ordered)
                {
                    if (e.Sequence is not long n || n < 1 || known.Contains(FederationSequenceGuard.IdOf(e, n))
                        || (n > 1 && !known.Contains(FederationSequenceGuard.IdOf(e, n - 1))))
                        continue; // refused, a replay or early: on its own
                    rows.Add(FederationSequenceGuard.IdOf(e, n), FederationSequenceGuard.Consumer);
                }
                rows.Add(id, consumer);
                applying.Add(i);
            }
            if (applying.Count == 0) return settled;
            await InboxRound.ApplyAsync(db, rows, applying, prepare, handle, _ =>
            {
                if (hold is { } until) OutboxHolds.Hold(db, until); // decision 0744
                return Task.CompletedTask;
            }, inTransaction: false, writes, ct);
            foreach (var i in applying) settled[i] = true;
            return settled;
        }, ct);

    /// <summary>Which of the events' own ids, their sequence ids and their predecessors' the inbox holds.</summary>
    private static async Task<HashSet<Guid>> KnownAsync(ModuleDbContext db, IReadOnlyList<FederationEvent> events, string consumer, CancellationToken ct)
    {
        var own = events.Select(InboxIds.For).ToList();
        var sequenced = events.Where(e => e.Sequence > 0)
            .SelectMany(e => new[] { FederationSequenceGuard.IdOf(e, e.Sequence!.Value), FederationSequenceGuard.IdOf(e, e.Sequence!.Value - 1) })
            .ToList();
        var found = await db.InboxMessages.AsNoTracking()
            .Where(m => (m.Consumer == consumer && own.Contains(m.MessageId))
                || (m.Consumer == FederationSequenceGuard.Consumer && sequenced.Contains(m.MessageId)))
            .Select(m => m.MessageId).ToListAsync(ct);
        return [.. found];
    }
}
