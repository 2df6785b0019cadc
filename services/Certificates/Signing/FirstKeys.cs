using System.Collections.Concurrent;
using Npgsql;

namespace Linkage.Certificates.Signing;

/// <summary>An org unit's first signing key, made once (decision 0634). It is inserted on a connection of its own and
/// committed at once, so it never rides in the issuance that asked for it: before, every first licence of an org unit
/// inserted its own key inside its issuance's transaction and the others waited on the active-key index until that
/// issuance committed. The issuances of this process that ask at the same time wait for the one making it and then find
/// it; another process's insert at the same moment yields on the index (<c>ON CONFLICT DO NOTHING</c>) after a wait of
/// one short statement.</summary>
public sealed class FirstKeys
{
    private const string Exists = """SELECT EXISTS (SELECT FROM certificates.signing_keys WHERE "OrgUnitId" = $1 AND "RetiredAt" IS NULL)""";

    private readonly ConcurrentDictionary<(string Database, string OrgUnit), SemaphoreSlim> gates = new();

    public async Task EnsureAsync(string connectionString, string orgUnitId, Func<NewSigningKey> make, CancellationToken ct)
    {
        var gate = gates.GetOrAdd((connectionString, orgUnitId), _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(ct);
        try
        {
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync(ct);
            await using (var exists = new NpgsqlCommand(Exists, connection) { Parameters = { new() { Value = orgUnitId } } })
                if ((bool)(await exists.ExecuteScalarAsync(ct))!) return;
            await make().InsertAsync(connection, null, ct);
        }
        finally
        {
            gate.Release();
        }
    }
}

/// <summary>A new key pair's row: the private half sealed by the vault.</summary>
public sealed record NewSigningKey(string Id, string OrgUnitId, string Division, byte[] PublicKey, byte[] SealedKey, DateTimeOffset CreatedAt)
{
    private const string Insert = """
        INSERT INTO certificates.signing_keys ("Id", "OrgUnitId", "Division", "PublicKey", "EncryptedPrivateKey", "CreatedAt")
        VALUES ($1, $2, $3, $4, $5, $6)
        ON CONFLICT ("OrgUnitId") WHERE "RetiredAt" IS NULL DO NOTHING
        """;

    /// <summary>Inserts the key unless the org unit already has an active one (a concurrent insert wins).</summary>
    public async Task InsertAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, CancellationToken ct)
    {
        await using var insert = new NpgsqlCommand(Insert, connection, transaction);
        foreach (var value in new object[] { Id, OrgUnitId, Division, PublicKey, SealedKey, CreatedAt })
            insert.Parameters.Add(new NpgsqlParameter { Value = value });
        await insert.ExecuteNonQueryAsync(ct);
    }
}
