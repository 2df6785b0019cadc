using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Linkage.Certificates.Persistence;

/// <summary>Per-issuer serials, taken in a short transaction of their own: the issuer's counter row is locked for
/// one upsert, not for the whole issue (signing, insert, commit), so one issuer's licences are not issued one at a
/// time. That transaction skips the WAL flush wait: the issuing transaction commits later with a flush, which
/// flushes the counter first, so no serial can be reused after a crash. A rolled-back issue leaves a gap (harmless:
/// identifiers stay unique, and the check character does not depend on continuity).</summary>
public static class IssuerSerials
{
    public static async Task<long> NextSerialAsync(this CertificatesDbContext db, string issuerCreditCode, CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(db.Database.GetConnectionString());
        await connection.OpenAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        await using var batch = new NpgsqlBatch(connection, transaction)
        {
            BatchCommands =
            {
                new NpgsqlBatchCommand("SET LOCAL synchronous_commit TO OFF"),
                new NpgsqlBatchCommand("""
                    INSERT INTO certificates.issuer_serials ("IssuerCreditCode", "LastSerial") VALUES ($1, 1)
                    ON CONFLICT ("IssuerCreditCode") DO UPDATE SET "LastSerial" = issuer_serials."LastSerial" + 1
                    RETURNING "LastSerial"
                    """) { Parameters = { new() { Value = issuerCreditCode } } },
            },
        };
        var serial = (long)(await batch.ExecuteScalarAsync(ct))!;
        await transaction.CommitAsync(ct);
        return serial;
    }
}
