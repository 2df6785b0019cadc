using Microsoft.EntityFrameworkCore;

namespace Linkage.Messaging;

/// <summary>Applies a message at most once per consumer in one round trip of writes: the handler reads (no locks),
/// then its changes and the inbox row (message id, consumer) go as one batch without BEGIN and COMMIT, which
/// PostgreSQL runs as one implicit transaction: all of it commits, or none. A duplicate, concurrent or late, fails on
/// the inbox row's key and writes nothing; a handler that refuses a repeat (its own check, a unique index) is told
/// apart from a real failure by looking for the inbox row. Only for handlers that write through the change tracker
/// alone (<see cref="InboxConsumer{TMessage,TContext}.AppliesInOneBatch"/>, decision 0594). A batch that updates a
/// versioned row goes in EF's own transaction instead (<see cref="OneBatch"/>, decision 0618). A handler that tracked no
/// change may leave no row at all (<see cref="InboxConsumer{TMessage,TContext}.RemembersUnchanged"/>, decision 0668).</summary>
internal static class InboxBatch
{
    public static Task<bool> RunOnceAsync(
        ModuleDbContext db, Guid messageId, string consumer, Func<CancellationToken, Task> handle, CancellationToken ct,
        bool remembersUnchanged = true) =>
        InboxRound.RunAsync(db, async () =>
        {
            try
            {
                await handle(ct);
                if (!remembersUnchanged && !db.ChangeTracker.HasChanges()) return true; // nothing written, nothing to remember (0668)
                db.InboxMessages.Add(new InboxMessage { MessageId = messageId, Consumer = consumer, ProcessedAt = DateTimeOffset.UtcNow });
                await OneBatch.SaveChangesAsync(db, ct, accept: false); // the delivery's last save (0834)
                db.ForgetSaved();
                return true;
            }
            catch (Exception) when (!ct.IsCancellationRequested)
            {
                db.ForgetSaved();
                db.ChangeTracker.Clear();
                if (await InboxRows.AppliedAsync(db, messageId, consumer, ct)) return false;
                throw;
            }
        }, ct);
}
