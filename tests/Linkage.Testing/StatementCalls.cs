using Npgsql;

namespace Linkage.Testing;

/// <summary>How many times statements whose normalised text is LIKE a pattern ran in one test database, from
/// <c>pg_stat_statements</c> (loaded by scripts/infra.sh, counted as each statement ends): a count of work, not a timing.
/// When the cluster holds more distinct statements than <c>pg_stat_statements.max</c>, the least used are evicted and a
/// rarely run statement's count starts again at 0: infra.sh starts PostgreSQL with 50,000 (the default 5,000 was
/// exceeded by the whole suite's databases together).</summary>
public static class StatementCalls
{
    public static async Task<long> OfAsync(string superuserConnectionString, string like)
    {
        await using var conn = new NpgsqlConnection(superuserConnectionString);
        await conn.OpenAsync();
        await using var create = new NpgsqlCommand("CREATE EXTENSION IF NOT EXISTS pg_stat_statements", conn);
        await create.ExecuteNonQueryAsync();
        await using var cmd = new NpgsqlCommand("""
            SELECT coalesce(sum(calls), 0)::bigint FROM pg_stat_statements
            WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database()) AND query LIKE @like
            """, conn);
        cmd.Parameters.AddWithValue("like", like);
        return (long)(await cmd.ExecuteScalarAsync())!;
    }
}
