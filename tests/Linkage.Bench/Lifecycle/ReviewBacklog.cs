using Npgsql;
using NpgsqlTypes;

namespace Linkage.Bench.Lifecycle;

/// <summary>The review tasks nobody has decided yet, read live: all of them (every <c>up</c> keeps its database, so
/// earlier runs' leftovers are there), or those of a run's own cases, which show a run offered
/// above what the reviewers take: its certificates are then the reviewers' share of a flooded machine, not a latency of
/// the path after them (issue 17, decisions 0785, 0802).</summary>
public sealed class ReviewBacklog(string connectionString)
{
    public async Task<long> UndecidedAsync(IReadOnlyList<Guid>? cases = null)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            """SELECT count(*) FROM approval.review_tasks WHERE "DecidedAt" IS NULL AND ($1::uuid[] IS NULL OR "CaseId" = ANY($1))""", connection)
        { Parameters = { CaseSet(cases) } };
        return (long)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>A run's cases as a positional parameter; null (every case) when not given.</summary>
    internal static NpgsqlParameter CaseSet(IReadOnlyList<Guid>? cases) =>
        new() { NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Uuid, Value = cases is null ? DBNull.Value : cases.ToArray() };
}
