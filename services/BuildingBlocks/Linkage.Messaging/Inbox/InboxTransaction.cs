using Microsoft.EntityFrameworkCore;

namespace Linkage.Messaging;

/// <summary>Applies a message at most once per consumer: in one transaction, record (message id, consumer), then run
/// the handler and save. The inbox row goes with the handler's first query, one round trip with it
/// (<see cref="InboxFirstStatement"/>), or with the save when the handler reads nothing (decision 0654). A duplicate
/// fails on the row's key and rolls back; a concurrent one waits on the key until the first commits. A failure is
/// told apart from a duplicate by one look for the row, as <see cref="InboxBatch"/> does. The connection stays open
/// across the attempt, so a failed attempt can reset exactly the physical connection it failed on before the pool hands
/// it to the next message (<see cref="FailedConnections"/>).</summary>
internal static class InboxTransaction
{
    public static async Task<bool> RunOnceAsync(
        ModuleDbContext db, Guid messageId, string consumer, Func<CancellationToken, Task> handle, CancellationToken ct)
    {
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            return await db.Database.CreateExecutionStrategy().ExecuteAsync(async token =>
            {
                db.ChangeTracker.Clear();
                try
                {
                    await using var tx = await db.Database.BeginTransactionAsync(token);
                    db.ExpectInbox(messageId, consumer);
                    await handle(token);
                    if (db.TakePendingInbox() is { } unsent) db.InboxMessages.Add(unsent.Row());
                    await db.SaveChangesAsync(acceptAllChangesOnSuccess: false, token); // the last save (0834)
                    await tx.CommitAsync(token);
                    db.ForgetSaved();
                    return true;
                }
                catch (Exception) when (!token.IsCancellationRequested)
                {
                    db.ForgetSaved();
                    db.ExpectInbox(null, consumer);
                    db.ChangeTracker.Clear();
                    if (await InboxRows.AppliedAsync(db, messageId, consumer, token)) return false;
                    throw;
                }
            }, ct);
        }
        catch (Exception)
        {
            FailedConnections.Reset(db.Database.GetDbConnection());
            throw;
        }
        finally
        {
            db.ExpectInbox(null, consumer);
            await db.Database.CloseConnectionAsync();
        }
    }
}
