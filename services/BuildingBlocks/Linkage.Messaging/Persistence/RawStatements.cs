using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace Linkage.Messaging;

/// <summary>Statements sent with Npgsql alone on a context's own connection and in its transaction (decision 0845): a hot
/// path's read whose SQL EF's <c>FromSql</c> would build again and whose rows its query pipeline would materialize on
/// every run. One round trip for all of them; each has its own positional parameters (<c>$1</c>, <c>$2</c>, …), typed by
/// their values. A delivery's inbox row not sent yet goes first, as <see cref="InboxFirstStatement"/> sends it before an
/// EF query (decision 0654). Nothing read is tracked: a caller that changes a row attaches it.</summary>
public static class RawStatements
{
    /// <summary>A statement with one parameter for each of <paramref name="values"/>. Only an <c>object?[]</c> is a list
    /// of values: another array passed alone (a <c>string[]</c> would convert to it, element by element) is refused, and
    /// <see cref="Statement{T}(string, T[])"/> takes it as the one parameter it is (decision 0852).</summary>
    public static NpgsqlBatchCommand Statement(string sql, params object?[] values)
    {
        if (values.GetType() != typeof(object[]))
            throw new ArgumentException($"A {values.GetType().Name} is one parameter, not a list of them: pass it as one.", nameof(values));
        var statement = new NpgsqlBatchCommand(sql);
        foreach (var value in values) statement.Parameters.Add(new NpgsqlParameter { Value = value ?? DBNull.Value });
        return statement;
    }

    /// <summary>A statement whose one parameter is the array <paramref name="value"/> (<c>$1</c>, e.g. <c>text[]</c>).</summary>
    public static NpgsqlBatchCommand Statement<T>(string sql, T[] value) => Statement(sql, new object?[] { value });

    /// <summary>A column that may be NULL, of a row these statements read.</summary>
    public static T? NullableAt<T>(this NpgsqlDataReader row, int i) where T : struct => row.IsDBNull(i) ? null : row.GetFieldValue<T>(i);

    /// <summary>A text column that may be NULL, of a row these statements read.</summary>
    public static string? TextOrNull(this NpgsqlDataReader row, int i) => row.IsDBNull(i) ? null : row.GetString(i);

    /// <summary>The rows of the first statement that returns rows (the ones before it return none, as with
    /// <c>FromSql</c>), each read by <paramref name="row"/>.</summary>
    public static async Task<List<T>> ReadAsync<T>(this DbContext db, Func<NpgsqlDataReader, T> row, CancellationToken ct,
        params NpgsqlBatchCommand[] statements)
    {
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var batch = Batch(db, statements);
            await using var reader = await batch.ExecuteReaderAsync(ct);
            var rows = new List<T>();
            while (await reader.ReadAsync(ct)) rows.Add(row(reader));
            return rows;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>The statements run; the rows they changed, all together (an inbox row sent first not counted).</summary>
    public static async Task<int> ExecuteAsync(this DbContext db, CancellationToken ct, params NpgsqlBatchCommand[] statements)
    {
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var batch = Batch(db, statements);
            await batch.ExecuteNonQueryAsync(ct);
            return statements.Sum(s => s.RecordsAffected);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>On the context's connection (EF opened it, or keeps it open for its transaction) and in its transaction,
    /// if one is open.</summary>
    private static NpgsqlBatch Batch(DbContext db, NpgsqlBatchCommand[] statements)
    {
        var batch = new NpgsqlBatch((NpgsqlConnection)db.Database.GetDbConnection(),
            (NpgsqlTransaction?)db.Database.CurrentTransaction?.GetDbTransaction());
        if (db is ModuleDbContext module && module.TakePendingInbox() is { } inbox)
            batch.BatchCommands.Add(new NpgsqlBatchCommand(inbox.Sql)
            {
                Parameters =
                {
                    new NpgsqlParameter(PendingInbox.IdParameter, inbox.MessageId),
                    new NpgsqlParameter(PendingInbox.ConsumerParameter, inbox.Consumer),
                },
            });
        foreach (var statement in statements) batch.BatchCommands.Add(statement);
        return batch;
    }
}
