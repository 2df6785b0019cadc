using Npgsql;

namespace Linkage.Security.Tests.Matrix;

/// <summary>Every module table's row count and a hash over its rows: "nothing changed" is two equal fingerprints.
/// Messaging bookkeeping (outbox, inbox, idempotency keys) and the audit chain heads a sweep signs on its own schedule
/// (signed and received heads) are left out: they move on their own and hold no target.</summary>
public sealed class DatabaseFingerprint(string connectionString)
{
    private string? query;

    public async Task<IReadOnlyDictionary<string, (long Rows, long Hash)>> TakeAsync()
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        query ??= await QueryAsync(connection);
        var result = new Dictionary<string, (long, long)>();
        await using var command = new NpgsqlCommand(query, connection);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync()) result[reader.GetString(0)] = (reader.GetInt64(1), reader.GetInt64(2));
        return result;
    }

    /// <summary>The tables whose rows differ between two fingerprints.</summary>
    public static IReadOnlyList<string> Changed(
        IReadOnlyDictionary<string, (long Rows, long Hash)> before, IReadOnlyDictionary<string, (long Rows, long Hash)> after) =>
        before.Keys.Union(after.Keys).Where(t => before.GetValueOrDefault(t) != after.GetValueOrDefault(t)).Order().ToList();

    private static async Task<string> QueryAsync(NpgsqlConnection connection)
    {
        const string tables = """
            SELECT table_schema, table_name FROM information_schema.tables
            WHERE table_type = 'BASE TABLE' AND table_schema NOT IN ('pg_catalog', 'information_schema')
              AND table_name !~* '(outbox|inbox|idempotenc|__ef|migrations|sweep|lease|signed_heads|received_heads)'
            ORDER BY 1, 2
            """;
        var parts = new List<string>();
        await using var command = new NpgsqlCommand(tables, connection);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            var (schema, table) = (reader.GetString(0), reader.GetString(1));
            parts.Add($"SELECT '{schema}.{table}', count(*), coalesce(sum(hashtext(x::text)::bigint), 0)::bigint FROM \"{schema}\".\"{table}\" x");
        }
        return string.Join(" UNION ALL ", parts);
    }
}
