using Npgsql;

namespace Linkage.Bench.Lifecycle;

/// <summary>What the suite recorded, read from its database after a run: certificates issued in a window and, per
/// certificate, the time from its case's last department decision to its issue (both server timestamps), cut into the
/// stages its case waited in (<see cref="Stages"/>); and the cases submitted and the department decisions taken in the
/// window, so that a rate bound by the reviewers shows against one bound by the path after them.</summary>
public sealed class IssuedCertificates(string connectionString)
{
    /// <summary>p50 and p99 in milliseconds of one stage.</summary>
    public sealed record Stage(double P50Ms, double P99Ms);

    /// <summary>The last decision to approval's <c>CaseApproved</c> outbox row written, the row to it claimed for dispatch,
    /// claimed to the certificate sealed (its <c>IssuedAt</c>: broker, queue, batch gathering and the round's reads,
    /// serials and key), and sealed to the round's save (the inbox row's <c>processed_at</c>, the start of the save's
    /// transaction).</summary>
    public sealed record Stages(Stage Written, Stage Claimed, Stage Sealed, Stage Saved)
    {
        public override string ToString()
        {
            static string Of(Stage s) => $"p50 {s.P50Ms:0.0} ms p99 {s.P99Ms:0.0} ms";
            return $"where the case waited after its last decision: its CaseApproved outbox row written {Of(Written)}; " +
                $"written to claimed {Of(Claimed)}; claimed to the certificate sealed {Of(Sealed)}; sealed to its round's save {Of(Saved)}";
        }
    }

    public sealed record Window(long Issued, double P50Ms, double P99Ms, Stages Stages, long Submitted, long Decisions);

    /// <summary>The outbox has no index on <c>aggregate_id</c> for dispatched rows, so its <c>CaseApproved</c> rows are
    /// read in one pass for all certificates, not looked up per certificate (one scan each: 9 s a call at 5,000 cases).
    /// Given <paramref name="cases"/>, only their certificates count (a flooded run's own, decision 0802).</summary>
    public async Task<Window> InAsync(DateTimeOffset from, DateTimeOffset to, IReadOnlyList<Guid>? cases = null)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"""
            SELECT count(*), {Percentiles("ms")}, {Percentiles("written")}, {Percentiles("claimed")}, {Percentiles("sealed")}, {Percentiles("saved")},
                   (SELECT count(*) FROM intake.cases WHERE "ReceivedAt" >= $1 AND "ReceivedAt" < $2),
                   (SELECT count(*) FROM approval.review_tasks WHERE "DecidedAt" >= $1 AND "DecidedAt" < $2)
            FROM (SELECT {Ms("c.\"IssuedAt\" - l.decided")} AS ms, {Ms("o.created_at - l.decided")} AS written,
                         {Ms("o.dispatched_at - o.created_at")} AS claimed, {Ms("c.\"IssuedAt\" - o.dispatched_at")} AS sealed,
                         {Ms("i.processed_at - c.\"IssuedAt\"")} AS saved
                  FROM certificates.certificates c
                  CROSS JOIN LATERAL (SELECT max(t."DecidedAt") AS decided FROM approval.review_tasks t WHERE t."CaseId" = c."CaseId") l
                  LEFT JOIN (SELECT DISTINCT ON (o.aggregate_id) o.aggregate_id, o.id, o.created_at, o.dispatched_at
                             FROM approval.outbox_messages o
                             WHERE o.message_type LIKE 'Linkage.Contracts.Events.Approval.CaseApproved,%'
                             ORDER BY o.aggregate_id, o.created_at) o ON o.aggregate_id = c."CaseId"::text
                  LEFT JOIN certificates.inbox_messages i
                         ON i.message_id = o.id AND i.consumer = 'Linkage.Certificates.Messaging.CaseApprovedConsumer'
                  WHERE c."IssuedAt" >= $1 AND c."IssuedAt" < $2 AND ($3::uuid[] IS NULL OR c."CaseId" = ANY($3))) latencies
            """, connection) { Parameters = { new() { Value = from }, new() { Value = to }, ReviewBacklog.CaseSet(cases) } };
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        Stage At(int i) => new(reader.GetDouble(i), reader.GetDouble(i + 1));
        return new Window(reader.GetInt64(0), reader.GetDouble(1), reader.GetDouble(2),
            new Stages(At(3), At(5), At(7), At(9)), reader.GetInt64(11), reader.GetInt64(12));
    }

    private static string Ms(string interval) => $"extract(epoch FROM {interval}) * 1000";

    private static string Percentiles(string column) =>
        $"coalesce(percentile_cont(0.5) WITHIN GROUP (ORDER BY {column}), 0), coalesce(percentile_cont(0.99) WITHIN GROUP (ORDER BY {column}), 0)";
}
