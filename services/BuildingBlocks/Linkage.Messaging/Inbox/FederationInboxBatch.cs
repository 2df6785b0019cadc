using Microsoft.EntityFrameworkCore;

namespace Linkage.Messaging;

/// <summary>Applies a batch of federation events of distinct subjects in one save (decision 0629): each event's
/// changes, its inbox row and its sequence row, all committed together or not at all (<see cref="OneBatch"/>). What
/// the inbox already holds is looked up in one read, and only when an event has a predecessor to wait for; otherwise
/// a repeat fails the save on its inbox row's key and the caller applies the events one by one.</summary>
internal static class FederationInboxBatch
{
    public static async Task<bool[]> RunOnceAsync(ModuleDbContext db, IReadOnlyList<FederationEvent> events, string consumer, bool ordered,
        Func<int, CancellationToken, Task> handle, CancellationToken ct)
    {
        var settled = new bool[events.Count];
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            var known = ordered && events.Any(e => e.Sequence > 1) ? await KnownAsync(db, events, consumer, ct) : [];
            db.ChangeTracker.Clear();
            var applying = new List<int>();
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
                    db.InboxMessages.Add(FederationSequenceGuard.Row(e, n));
                }
                await handle(i, ct);
                db.InboxMessages.Add(new InboxMessage { MessageId = id, Consumer = consumer, ProcessedAt = DateTimeOffset.UtcNow });
                applying.Add(i);
            }
            if (applying.Count > 0) await OneBatch.SaveChangesAsync(db, ct);
            foreach (var i in applying) settled[i] = true;
            return settled;
        }
        catch (Exception)
        {
            db.ChangeTracker.Clear();
            FailedConnections.Reset(db.Database.GetDbConnection());
            throw;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

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
