using Npgsql;

namespace Linkage.Messaging;

/// <summary>Walks every chain in seq order, one row at a time (streamed, nothing held but the previous hash), and
/// reports each break: a row whose hash does not match its content (tampered), a gap in seq or a previous-hash link
/// that does not match (deleted or reordered), and a chain shorter than, or different from, its last signed head
/// (rows cut off the end).</summary>
public sealed class AuditVerifier(NpgsqlDataSource dataSource)
{
    private const string Rows = """
        SELECT id, chain, seq, at, actor_subject, actor_role, actor_org_unit, actor_division, action, target_type,
               target_id, detail::text, prev_hash, hash
        FROM audit.audit_log ORDER BY chain, seq
        """;

    private const string Heads = """
        SELECT DISTINCT ON (chain) chain, seq, hash FROM audit.signed_heads ORDER BY chain, seq DESC
        """;

    public async Task<AuditReport> VerifyAsync(CancellationToken ct)
    {
        var heads = await SignedHeadsAsync(ct);
        var report = new AuditReport();
        ChainWalk? walk = null;
        await using var cmd = dataSource.CreateCommand(Rows);
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            var row = new AuditRow(reader.GetGuid(0), reader.GetString(1), reader.GetInt64(2), reader.GetFieldValue<DateTimeOffset>(3),
                reader.GetString(4), reader.GetString(5), reader.GetString(6), reader.GetString(7), reader.GetString(8),
                reader.GetString(9), reader.GetString(10), reader.GetString(11), (byte[])reader[12], (byte[])reader[13]);
            if (walk?.Chain != row.Chain)
            {
                walk?.Finish(report, heads);
                walk = new ChainWalk(row.Chain);
            }
            walk.Next(row, report, heads);
        }
        walk?.Finish(report, heads);
        foreach (var (chain, head) in heads.Where(h => !report.Chains.ContainsKey(h.Key)))
            report.Break(chain, head.Seq, $"the chain is empty but its signed head is at row {head.Seq}");
        return report;
    }

    private async Task<Dictionary<string, (long Seq, byte[] Hash)>> SignedHeadsAsync(CancellationToken ct)
    {
        var heads = new Dictionary<string, (long, byte[])>(StringComparer.Ordinal);
        await using var cmd = dataSource.CreateCommand(Heads);
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) heads[reader.GetString(0)] = (reader.GetInt64(1), (byte[])reader[2]);
        return heads;
    }
}
