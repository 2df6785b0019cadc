using Microsoft.EntityFrameworkCore;

namespace Linkage.Messaging;

/// <summary>Applies a batch of federation events of distinct subjects in one transaction (decisions 0629, 0648): the
/// handler first reads what all of the round's events need (<c>prepare</c>, one statement where it can), then tracks
/// each event's changes; the transaction writes every inbox row and sequence row of the round in one statement, then
/// the changes in one save, all committed together or not at all. What the inbox already holds is looked up in one
/// read, and only when an event has a predecessor to wait for; otherwise a repeat fails the round on its inbox row's
/// key and the caller applies the events one by one.</summary>
internal static class FederationInboxBatch
{
    public static async Task<bool[]> RunOnceAsync(ModuleDbContext db, IReadOnlyList<FederationEvent> events, string consumer, bool ordered,
        Func<IReadOnlyList<int>, CancellationToken, Task> prepare, Func<int, CancellationToken, Task> handle, CancellationToken ct)
    {
        var settled = new bool[events.Count];
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            var known = ordered && events.Any(e => e.Sequence > 1) ? await KnownAsync(db, events, consumer, ct) : [];
            db.ChangeTracker.Clear();
            var applying = new List<int>();
            var rows = new InboxRows();
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
            await prepare(applying, ct);
            foreach (var i in applying) await handle(i, ct);
            await SaveAsync(db, rows, ct);
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

    /// <summary>The round's inbox and sequence rows in one statement, then the handlers' changes, in one transaction
    /// (a transient failure replays both, the tracked changes kept until the commit).</summary>
    private static async Task SaveAsync(ModuleDbContext db, InboxRows rows, CancellationToken ct)
    {
        var insert = new OutboxSql(db.ModuleSchema).InsertInboxRows;
        await db.Database.CreateExecutionStrategy().ExecuteAsync(async token =>
        {
            await using var tx = await db.Database.BeginTransactionAsync(token);
            await db.Database.ExecuteSqlRawAsync(insert, [rows.Ids.ToArray(), rows.Consumers.ToArray()], token);
            await db.SaveChangesAsync(acceptAllChangesOnSuccess: false, token);
            await tx.CommitAsync(token);
        }, ct);
        db.ChangeTracker.AcceptAllChanges();
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

    private sealed class InboxRows
    {
        public List<Guid> Ids { get; } = [];

        public List<string> Consumers { get; } = [];

        public void Add(Guid id, string consumer)
        {
            Ids.Add(id);
            Consumers.Add(consumer);
        }
    }
}
