using Npgsql;
using NpgsqlTypes;

namespace Linkage.Bench.Lifecycle;

/// <summary>The review tasks nobody has decided yet, read live: all of them (every <c>up</c> keeps its database, so
/// earlier runs' leftovers are there), or those of a run's own cases, which show a run offered
/// above what the reviewers take: its certificates are then the reviewers' share of a flooded machine, not a latency of
/// the path after them (issue 17, decisions 0785, 0802). Both counts read through indexes the product reads by, so
/// they cost what they count, not every task the bench database has kept: a run's own by the case's tasks
/// (<c>CaseId</c> first), all of them by the inbox's index (<c>DepartmentId, Status, …</c>, decision 0693), one
/// department's pending range after another (a task is pending until its decision records <c>DecidedAt</c>).</summary>
public sealed class ReviewBacklog(string connectionString)
{
    private const string All = """
        WITH RECURSIVE departments AS (
            (SELECT "DepartmentId" AS id FROM approval.review_tasks ORDER BY "DepartmentId" LIMIT 1)
            UNION ALL
            SELECT (SELECT t."DepartmentId" FROM approval.review_tasks t WHERE t."DepartmentId" > d.id
                    ORDER BY t."DepartmentId" LIMIT 1)
            FROM departments d WHERE d.id IS NOT NULL)
        SELECT coalesce(sum(pending.n), 0)::bigint FROM departments d
        CROSS JOIN LATERAL (SELECT count(*) AS n FROM approval.review_tasks t
                            WHERE t."DepartmentId" = d.id AND t."Status" = 'Pending') pending
        WHERE d.id IS NOT NULL
        """;

    private const string Own = """SELECT count(*) FROM approval.review_tasks WHERE "CaseId" = ANY($1) AND "DecidedAt" IS NULL""";

    public async Task<long> UndecidedAsync(IReadOnlyList<Guid>? cases = null)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(cases is null ? All : Own, connection);
        if (cases is not null) command.Parameters.Add(CaseSet(cases));
        return (long)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>A run's cases as a positional parameter; null (every case) when not given.</summary>
    internal static NpgsqlParameter CaseSet(IReadOnlyList<Guid>? cases) =>
        new() { NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Uuid, Value = cases is null ? DBNull.Value : cases.ToArray() };
}
