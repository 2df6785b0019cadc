using System.Data.Common;
using Linkage.ServiceDefaults.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Linkage.Supervision.Persistence;

/// <summary>Adds the recorded deltas to their day rows (decision 0561): in one statement per batch, which deletes the
/// deltas it adds, so each counts once. Folds take turns under an advisory lock, so a reader that folds before it reads
/// sees every fact committed before it asked. Runs in the background too, once an interval (decision 0704).</summary>
public sealed class CountFold(SupervisionDbContext db) : ISweep
{
    public static string IntervalKey => "Linkage:Supervision:FoldInterval";
    public static TimeSpan DefaultInterval => TimeSpan.FromSeconds(2);

    private const int Batch = 20_000;

    private static readonly string Sql = $"""
        SELECT pg_advisory_xact_lock(hashtextextended('linkage.supervision.count-fold', 0));
        WITH taken AS (
            DELETE FROM supervision.count_deltas
            WHERE "Id" IN (SELECT "Id" FROM supervision.count_deltas ORDER BY "Id" LIMIT {Batch})
            RETURNING *),
        summed AS (
            SELECT {Quoted(DailyCounts.Key)}, {string.Join(", ", DailyCounts.Figures.Select(f => $"sum(\"{f}\")::int AS \"{f}\""))}
            FROM taken GROUP BY {Quoted(DailyCounts.Key)}),
        folded AS (
            INSERT INTO supervision.daily_counts AS d ({Quoted(DailyCounts.Key)}, {Quoted(DailyCounts.Figures)}, "Version")
            SELECT {Quoted(DailyCounts.Key)}, {Quoted(DailyCounts.Figures)}, 1 FROM summed ORDER BY {Quoted(DailyCounts.Key)}
            ON CONFLICT ({Quoted(DailyCounts.Key)}) DO UPDATE SET
                {string.Join(", ", DailyCounts.Figures.Select(f => $"\"{f}\" = d.\"{f}\" + EXCLUDED.\"{f}\""))},
                "Version" = d."Version" + 1)
        SELECT count(*)::int FROM taken;
        """;

    /// <summary>One batch of the deltas committed so far; the next pass at once only after a full batch (more may wait),
    /// else at the next interval. A pass run again while it found any deltas folded back to back under load, a few dozen
    /// a time, each fold rewriting the shared day rows and their months (0704).</summary>
    public async Task<int> RunAsync(CancellationToken ct)
    {
        if (!await PendingAsync(db, ct)) return 0;
        var folded = await FoldBatchAsync(db, ct);
        return folded == Batch ? folded : 0;
    }

    /// <summary>Every delta committed so far, before a read of the day rows. With none waiting the reader does not queue
    /// for the fold's lock: a delta a running fold has taken but not yet committed is still visible, so it waits then.</summary>
    public static async Task AllAsync(SupervisionDbContext db, CancellationToken ct)
    {
        if (!await PendingAsync(db, ct)) return;
        while (await FoldBatchAsync(db, ct) == Batch) { }
    }

    private static Task<bool> PendingAsync(SupervisionDbContext db, CancellationToken ct) =>
        db.Database.SqlQueryRaw<bool>("""SELECT EXISTS (SELECT 1 FROM supervision.count_deltas) AS "Value" """).SingleAsync(ct);

    private static Task<int> FoldBatchAsync(SupervisionDbContext db, CancellationToken ct) =>
        db.Database.CreateExecutionStrategy().ExecuteAsync(async token =>
        {
            await using var tx = await db.Database.BeginTransactionAsync(token);
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.Transaction = tx.GetDbTransaction();
            command.CommandText = Sql;
            var folded = await ReadCountAsync(command, token);
            await tx.CommitAsync(token);
            return folded;
        }, ct);

    private static async Task<int> ReadCountAsync(DbCommand command, CancellationToken ct)
    {
        await using var reader = await command.ExecuteReaderAsync(ct);
        await reader.NextResultAsync(ct); // past the lock's result
        return await reader.ReadAsync(ct) ? reader.GetInt32(0) : 0;
    }

    internal static string Quoted(IEnumerable<string> columns) => string.Join(", ", columns.Select(c => $"\"{c}\""));
}
