using Npgsql;

namespace Linkage.Bench.Chaos;

/// <summary>Every acknowledged case counted in every module's tables: intake's case (completed 办结), approval's case
/// and its tasks (exactly one per reviewing department), supervision's case and its steps (one per department, from
/// approval's events), the certificate (exactly one), and the case in ratings and video review. A case short of any
/// of them is lost; more than one task or step per department or certificate per case means an event was applied
/// twice. Cases intake holds that no client was told about are counted too.</summary>
public sealed class CaseLedger(string connectionString, int departments)
{
    // a fresh connection each count: a pooled one would not have survived the database's restart
    private readonly string unpooled = new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString;

    public sealed record Outcome(long Complete, long Lost, long Duplicated, long Unacknowledged);

    private const string Query = """
        SELECT count(*) FILTER (WHERE i."Status" = 'Completed' AND tasks = $2 AND steps = $2 AND certificates = 1 AND modules = 4),
               count(*) FILTER (WHERE i."Id" IS NULL OR i."Status" <> 'Completed' OR tasks < $2 OR steps < $2
                                OR certificates = 0 OR modules < 4),
               count(*) FILTER (WHERE tasks > $2 OR steps > $2 OR certificates > 1),
               (SELECT count(*) FROM intake.cases c WHERE c."ReceivedAt" >= $3 AND NOT c."Id" = ANY($1))
        FROM unnest($1::uuid[]) AS a(id)
        LEFT JOIN intake.cases i ON i."Id" = a.id
        CROSS JOIN LATERAL (SELECT
            (SELECT count(*) FROM approval.review_tasks t WHERE t."CaseId" = a.id) AS tasks,
            (SELECT count(*) FROM supervision.steps p WHERE p."CaseId" = a.id) AS steps,
            (SELECT count(*) FROM certificates.certificates x WHERE x."CaseId" = a.id) AS certificates,
            (SELECT count(*) FROM approval.review_cases r WHERE r."Id" = a.id)
              + (SELECT count(*) FROM supervision.cases s WHERE s."Id" = a.id)
              + (SELECT count(*) FROM ratings.cases g WHERE g."Id" = a.id)
              + (SELECT count(*) FROM videoreview.cases v WHERE v."Id" = a.id) AS modules) counted
        """;

    /// <summary>Polls until every case is complete or <paramref name="timeout"/> passes, then counts.</summary>
    public async Task<Outcome> SettleAsync(IReadOnlyList<Guid> cases, DateTimeOffset since, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var outcome = await TryCountAsync(cases, since);
            if (outcome is { Lost: 0 } || (outcome is not null && DateTime.UtcNow > deadline)) return outcome;
            await Task.Delay(TimeSpan.FromSeconds(2));
        }
    }

    private async Task<Outcome?> TryCountAsync(IReadOnlyList<Guid> cases, DateTimeOffset since)
    {
        try
        {
            return await CountAsync(cases, since);
        }
        catch (NpgsqlException e) when (e.IsTransient)
        {
            return null; // the database is still starting
        }
    }

    public async Task<Outcome> CountAsync(IReadOnlyList<Guid> cases, DateTimeOffset since)
    {
        await using var connection = new NpgsqlConnection(unpooled);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(Query, connection)
        {
            Parameters = { new() { Value = cases.ToArray() }, new() { Value = (long)departments }, new() { Value = since } },
        };
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return new Outcome(reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2), reader.GetInt64(3));
    }
}
