using Linkage.Certificates.Domain;
using Linkage.Certificates.Persistence;
using Linkage.Kernel.Crypto;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace Linkage.Certificates.Signing;

/// <summary>The org units' key pairs: the active key of an issuing org unit (made on its first licence, committed on its
/// own: <see cref="FirstKeys"/>), rotation, and sealing. Creation is an insert that yields to a concurrent one (partial
/// unique index on the active key), so two first licences of one org unit at once end up with one key.</summary>
public sealed class SigningKeys(CertificatesDbContext db, KeyVault vault, SealSigners signers, FirstKeys firstKeys, TimeProvider clock)
{
    public async Task<SigningKey> ActiveAsync(string orgUnitId, string division, CancellationToken ct)
    {
        var active = await FindActiveAsync(orgUnitId, ct);
        if (active is not null) return active;
        await firstKeys.EnsureAsync(db.Database.GetConnectionString()!, orgUnitId, () => NewKey(orgUnitId, division), ct);
        return await FindActiveAsync(orgUnitId, ct) ?? throw new InvalidOperationException($"No signing key for {orgUnitId}.");
    }

    /// <summary>Retires the active key (it keeps verifying) and makes a new one; call inside a transaction. Of two
    /// rotations at once the second waits on the row, then finds the first's new key and keeps it.</summary>
    public async Task<SigningKey> RotateAsync(string orgUnitId, string division, CancellationToken ct)
    {
        var retired = await db.Database.SqlQuery<string>($"""
            UPDATE certificates.signing_keys SET "RetiredAt" = {clock.GetUtcNow()}
            WHERE "OrgUnitId" = {orgUnitId} AND "RetiredAt" IS NULL
            RETURNING "Id" AS "Value"
            """).ToListAsync(ct);
        retired.ForEach(signers.Forget);
        await InsertAsync(orgUnitId, division, ct);
        return (await FindActiveAsync(orgUnitId, ct))!;
    }

    public byte[] Seal(SigningKey key, byte[] content) => signers.Seal(key.Id, key.EncryptedPrivateKey, content);

    private Task<SigningKey?> FindActiveAsync(string orgUnitId, CancellationToken ct) =>
        db.SigningKeys.AsNoTracking().FirstOrDefaultAsync(k => k.OrgUnitId == orgUnitId && k.RetiredAt == null, ct);

    /// <summary>On the context's connection, in its transaction when <see cref="RotateAsync"/>'s caller opened one.</summary>
    private async Task InsertAsync(string orgUnitId, string division, CancellationToken ct)
    {
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await NewKey(orgUnitId, division).InsertAsync((NpgsqlConnection)db.Database.GetDbConnection(),
                db.Database.CurrentTransaction?.GetDbTransaction() as NpgsqlTransaction, ct);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private NewSigningKey NewKey(string orgUnitId, string division)
    {
        var now = clock.GetUtcNow();
        var id = $"{orgUnitId}#{now:yyyyMMddHHmmss}-{Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(3))}";
        var (publicKey, privateKey) = Sm2.GenerateKeyPair();
        return new NewSigningKey(id, orgUnitId, division, publicKey, vault.Encrypt(id, privateKey), now);
    }
}
