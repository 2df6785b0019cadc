using Npgsql;

namespace Linkage.Bench.Lifecycle;

/// <summary>What the suite recorded, read from its database after a run: certificates issued in a window and, per
/// certificate, the time from its case's last department decision to its issue (both server timestamps).</summary>
public sealed class IssuedCertificates(string connectionString)
{
    public sealed record Window(long Issued, double P50Ms, double P99Ms);

    public async Task<Window> InAsync(DateTimeOffset from, DateTimeOffset to)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""
            SELECT count(*),
                   coalesce(percentile_cont(0.5) WITHIN GROUP (ORDER BY ms), 0),
                   coalesce(percentile_cont(0.99) WITHIN GROUP (ORDER BY ms), 0)
            FROM (SELECT extract(epoch FROM c."IssuedAt" - max(t."DecidedAt")) * 1000 AS ms
                  FROM certificates.certificates c
                  JOIN approval.review_tasks t ON t."CaseId" = c."CaseId"
                  WHERE c."IssuedAt" >= $1 AND c."IssuedAt" < $2
                  GROUP BY c."Id", c."IssuedAt") latencies
            """, connection) { Parameters = { new() { Value = from }, new() { Value = to } } };
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return new Window(reader.GetInt64(0), reader.GetDouble(1), reader.GetDouble(2));
    }
}
