using Microsoft.EntityFrameworkCore;

namespace Linkage.Messaging;

/// <summary>The one shape of a round of deliveries applied together (decisions 0629, 0648, 0662): the handler first reads
/// what all of the round's messages need (<c>prepare</c>, one statement where it can), then tracks each message's
/// changes; the round's inbox rows go in one statement, then the changes in one save, committed together or not at
/// all. A row already in the inbox fails the insert on its key (no <c>ON CONFLICT</c>) and nothing is written; the
/// caller then applies the messages one by one, where each finds itself applied. Used by the federation rounds
/// (<see cref="FederationInboxBatch"/>) and the local batches (<see cref="InboxBatchConsumer{TMessage,TContext}"/>);
/// <see cref="RunAsync"/> also by a single delivery applied in one batch (<see cref="InboxBatch"/>).</summary>
internal static class InboxRound
{
    /// <summary>Runs <paramref name="round"/> on one open connection; a failure leaves nothing tracked and the
    /// connection reset (<see cref="FailedConnections"/>) before it is thrown.</summary>
    public static async Task<T> RunAsync<T>(ModuleDbContext db, Func<Task<T>> round, CancellationToken ct)
    {
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            db.ChangeTracker.Clear();
            db.ForgetSaved();
            return await round();
        }
        catch (Exception)
        {
            // nothing of the round may go with the one-by-one deliveries that follow on this context: its tracked
            // changes, nor the statements its failed save kept for a retry (a count's delta would be sent twice)
            db.ChangeTracker.Clear();
            db.ForgetSaved();
            FailedConnections.Reset(db.Database.GetDbConnection());
            throw;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>Prepares, handles each of <paramref name="applying"/> in order, then saves.</summary>
    public static Task ApplyAsync(ModuleDbContext db, Rows rows, IReadOnlyList<int> applying,
        Func<IReadOnlyList<int>, CancellationToken, Task> prepare, Func<int, CancellationToken, Task> handle, CancellationToken ct) =>
        ApplyAsync(db, rows, applying, prepare, handle, _ => Task.CompletedTask, inTransaction: false, writes: null, ct);

    /// <summary>Prepares, handles each of <paramref name="applying"/> in order, concludes, then saves; with
    /// <paramref name="inTransaction"/>, all of it inside the round's transaction (<see cref="TransactedAsync"/>). The
    /// handlers' <paramref name="writes"/> go in the save's transaction, after the inbox rows.</summary>
    public static async Task ApplyAsync(ModuleDbContext db, Rows rows, IReadOnlyList<int> applying,
        Func<IReadOnlyList<int>, CancellationToken, Task> prepare, Func<int, CancellationToken, Task> handle,
        Func<CancellationToken, Task> conclude, bool inTransaction, IRoundWrites? writes, CancellationToken ct)
    {
        if (inTransaction)
        {
            await TransactedAsync(db, rows, applying, prepare, handle, conclude, writes, ct);
            return;
        }
        writes?.Clear();
        await prepare(applying, ct);
        foreach (var i in applying) await handle(i, ct);
        await conclude(ct);
        await SaveAsync(db, rows, writes, ct);
    }

    /// <summary>The round's inbox rows first (a repeat fails on its key before anything is read or locked), then its
    /// reads, handlers and conclusion, the save and the commit, in one transaction; a transient failure runs all of it
    /// again on a cleared tracker, since what the conclusion read under its locks may have changed.</summary>
    private static Task TransactedAsync(ModuleDbContext db, Rows rows, IReadOnlyList<int> applying,
        Func<IReadOnlyList<int>, CancellationToken, Task> prepare, Func<int, CancellationToken, Task> handle,
        Func<CancellationToken, Task> conclude, IRoundWrites? writes, CancellationToken ct) =>
        db.InTransactionAsync(async (tx, token) =>
        {
            await InsertRowsAsync(db, rows, token);
            writes?.Clear();
            await prepare(applying, token);
            foreach (var i in applying) await handle(i, token);
            await conclude(token);
            if (writes is { Pending: true }) await writes.WriteAsync(token);
            await db.SaveChangesAsync(token);
            await tx.CommitAsync(token);
            return true;
        }, ct);

    /// <summary>The round's inbox rows in one statement, then the handlers' changes, in one transaction (a transient
    /// failure replays both, the tracked changes kept until the commit). With no changes tracked, the insert alone: one
    /// statement, its own implicit transaction.</summary>
    private static async Task SaveAsync(ModuleDbContext db, Rows rows, IRoundWrites? writes, CancellationToken ct)
    {
        var writing = writes is { Pending: true };
        if (!db.ChangeTracker.HasChanges() && !writing)
        {
            await InsertRowsAsync(db, rows, ct);
            return;
        }
        await db.Database.CreateExecutionStrategy().ExecuteAsync(async token =>
        {
            await using var tx = await db.Database.BeginTransactionAsync(token);
            await InsertRowsAsync(db, rows, token);
            if (writing) await writes!.WriteAsync(token);
            await DetectOnce.SaveDetectedAsync(db, acceptAllChangesOnSuccess: false, token); // HasChanges above detected them
            await tx.CommitAsync(token);
        }, ct);
        db.ForgetSaved(); // the round's last save (0834)
    }

    private static Task<int> InsertRowsAsync(ModuleDbContext db, Rows rows, CancellationToken ct) =>
        db.Database.ExecuteSqlRawAsync(OutboxSql.Of(db.ModuleSchema).InsertInboxRows, [rows.Ids.ToArray(), rows.Consumers.ToArray()], ct);

    /// <summary>The inbox rows of a round: (message id, consumer) pairs.</summary>
    public sealed class Rows
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
