using Npgsql;

namespace Linkage.Bench.Lifecycle;

/// <summary>What the suite recorded, read from its database after a run: certificates issued in a window and, per
/// certificate, the time from its case's last department decision to its issue (both server timestamps), and the part
/// of it approval's <c>CaseApproved</c> outbox row waited between being written and being claimed for dispatch.</summary>
public sealed class IssuedCertificates(string connectionString)
{
    public sealed record Window(long Issued, double P50Ms, double P99Ms, double OutboxP50Ms, double OutboxP99Ms);

    public async Task<Window> InAsync(DateTimeOffset from, DateTimeOffset to)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""
            SELECT count(*),
                   coalesce(percentile_cont(0.5) WITHIN GROUP (ORDER BY ms), 0),
                   coalesce(percentile_cont(0.99) WITHIN GROUP (ORDER BY ms), 0),
                   coalesce(percentile_cont(0.5) WITHIN GROUP (ORDER BY outbox_ms), 0),
                   coalesce(percentile_cont(0.99) WITHIN GROUP (ORDER BY outbox_ms), 0)
            FROM (SELECT extract(epoch FROM c."IssuedAt" - max(t."DecidedAt")) * 1000 AS ms,
                         (SELECT extract(epoch FROM min(o.dispatched_at - o.created_at)) * 1000
                          FROM approval.outbox_messages o
                          WHERE o.aggregate_id = c."CaseId"::text
                            AND o.message_type LIKE 'Linkage.Contracts.Events.Approval.CaseApproved,%') AS outbox_ms
                  FROM certificates.certificates c
                  JOIN approval.review_tasks t ON t."CaseId" = c."CaseId"
                  WHERE c."IssuedAt" >= $1 AND c."IssuedAt" < $2
                  GROUP BY c."Id", c."CaseId", c."IssuedAt") latencies
            """, connection) { Parameters = { new() { Value = from }, new() { Value = to } } };
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return new Window(reader.GetInt64(0), reader.GetDouble(1), reader.GetDouble(2), reader.GetDouble(3), reader.GetDouble(4));
    }
}
