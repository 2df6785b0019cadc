using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Linkage.Messaging;

/// <summary>A unit of work in a transaction of its own, under the context's retrying execution strategy: a transient
/// failure (the database restarting) replays the whole unit from a clean change tracker. A retrying strategy refuses a
/// transaction begun outside it, so every user-initiated transaction goes through here (decision 0411).</summary>
public static class Transactions
{
    /// <summary><paramref name="work"/> commits the transaction it is given when it wants its changes kept.</summary>
    public static Task<T> InTransactionAsync<T>(
        this DbContext db, Func<IDbContextTransaction, CancellationToken, Task<T>> work, CancellationToken ct) =>
        db.Database.CreateExecutionStrategy().ExecuteAsync(async token =>
        {
            db.ChangeTracker.Clear();
            await using var tx = await db.Database.BeginTransactionAsync(token);
            return await work(tx, token);
        }, ct);
}
