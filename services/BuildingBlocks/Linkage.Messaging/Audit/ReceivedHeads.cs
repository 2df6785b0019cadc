using Npgsql;

namespace Linkage.Messaging;

/// <summary>The chain heads lower tiers signed and this deployment keeps, checked against their signers' trusted keys.</summary>
public static class ReceivedHeads
{
    public static bool Verifies(FederationTrust trust, string signer, string chain, long seq, byte[] hash, DateTimeOffset signedAt,
        string keyId, byte[] signature) =>
        trust.Verifies(signer, keyId, new AuditHead(signer, chain, seq, hash, signedAt).Content(), signature);

    /// <summary>Every kept head, re-verified: rows checked and those that fail (as "signer chain#seq").</summary>
    public static async Task<(long Checked, List<string> Failed)> VerifyAsync(NpgsqlDataSource dataSource, FederationTrust trust, CancellationToken ct)
    {
        var (count, failed) = (0L, new List<string>());
        await using var cmd = dataSource.CreateCommand(
            "SELECT signer, chain, seq, hash, signed_at, key_id, signature FROM audit.received_heads ORDER BY signer, chain, seq");
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            count++;
            var (signer, chain, seq) = (reader.GetString(0), reader.GetString(1), reader.GetInt64(2));
            if (!Verifies(trust, signer, chain, seq, (byte[])reader[3], reader.GetFieldValue<DateTimeOffset>(4), reader.GetString(5), (byte[])reader[6]))
                failed.Add($"{signer} {chain}#{seq}");
        }
        return (count, failed);
    }
}
