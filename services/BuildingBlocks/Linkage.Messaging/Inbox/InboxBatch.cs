using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Linkage.Messaging;

/// <summary>Applies a message at most once per consumer in one round trip of writes: the handler reads (no locks),
/// then its changes and the inbox row (message id, consumer) go as one batch without BEGIN and COMMIT, which
/// PostgreSQL runs as one implicit transaction: all of it commits, or none. A duplicate, concurrent or late, fails on
/// the inbox row's key and writes nothing; a handler that refuses a repeat (its own check, a unique index) is told
/// apart from a real failure by looking for the inbox row. Only for handlers that write through the change tracker
/// alone (<see cref="InboxConsumer{TMessage,TContext}.AppliesInOneBatch"/>, decision 0594).</summary>
internal static class InboxBatch
{
    public static async Task<bool> RunOnceAsync(
        ModuleDbContext db, Guid messageId, string consumer, Func<CancellationToken, Task> handle, CancellationToken ct)
    {
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            db.ChangeTracker.Clear();
            try
            {
                await handle(ct);
                db.InboxMessages.Add(new InboxMessage { MessageId = messageId, Consumer = consumer, ProcessedAt = DateTimeOffset.UtcNow });
                db.Database.AutoTransactionBehavior = ChecksRowVersions(db) ? AutoTransactionBehavior.WhenNeeded : AutoTransactionBehavior.Never;
                await db.SaveChangesAsync(ct);
                return true;
            }
            catch (Exception) when (!ct.IsCancellationRequested)
            {
                db.ChangeTracker.Clear();
                db.Database.AutoTransactionBehavior = AutoTransactionBehavior.WhenNeeded;
                if (await AppliedAsync(db, messageId, consumer, ct)) return false;
                throw;
            }
            finally
            {
                db.Database.AutoTransactionBehavior = AutoTransactionBehavior.WhenNeeded; // the context is pooled
            }
        }
        catch (Exception)
        {
            FailedConnections.Reset(db.Database.GetDbConnection());
            throw;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>An update or delete checked against a row version (xmin) that finds the row changed meanwhile affects no
    /// row, which is no error to PostgreSQL: an implicit transaction would commit the rest of the batch, the inbox row
    /// with it, and the change would be lost. Such a batch gets EF's own transaction, rolled back on the conflict and
    /// retried (decision 0618).</summary>
    private static bool ChecksRowVersions(DbContext db) => db.ChangeTracker.Entries().Any(e =>
        e.State is EntityState.Modified or EntityState.Deleted && e.Metadata.GetProperties().Any(p => p.IsConcurrencyToken));

    /// <summary>Whether the message was applied already; false when that cannot be told (the original failure
    /// is then thrown).</summary>
    private static async Task<bool> AppliedAsync(ModuleDbContext db, Guid messageId, string consumer, CancellationToken ct)
    {
        try
        {
            return await db.InboxMessages.AsNoTracking().AnyAsync(m => m.MessageId == messageId && m.Consumer == consumer, ct);
        }
        catch (Exception) when (!ct.IsCancellationRequested)
        {
            return false;
        }
    }
}
