using Microsoft.EntityFrameworkCore;

namespace Linkage.Messaging;

/// <summary>Applies a message at most once per consumer: in one transaction, record (message id, consumer) —
/// ON CONFLICT DO NOTHING — then run the handler and save. A concurrent duplicate blocks on the primary key until
/// the first commits, then finds the row and does nothing; if the first rolls back, the duplicate applies it.
/// The connection stays open across the attempt, so a failed attempt can reset exactly the physical connection it
/// failed on before the pool hands it to the next message (<see cref="FailedConnections"/>).</summary>
internal static class InboxTransaction
{
    public static async Task<bool> RunOnceAsync(
        ModuleDbContext db, Guid messageId, string consumer, Func<CancellationToken, Task> handle, CancellationToken ct)
    {
        var insert = new OutboxSql(db.ModuleSchema).InsertInbox;
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            return await db.Database.CreateExecutionStrategy().ExecuteAsync(async token =>
            {
                db.ChangeTracker.Clear();
                await using var tx = await db.Database.BeginTransactionAsync(token);
                if (await db.Database.ExecuteSqlRawAsync(insert, [messageId, consumer], token) == 0)
                {
                    await tx.RollbackAsync(token);
                    return false;
                }
                await handle(token);
                await db.SaveChangesAsync(token);
                await tx.CommitAsync(token);
                return true;
            }, ct);
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
}
