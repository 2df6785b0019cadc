using Microsoft.EntityFrameworkCore;

namespace Linkage.Certificates.Persistence;

/// <summary>Per-issuer serials: an upsert on the issuer's counter row returns the next value and keeps the row
/// locked until the issuing transaction commits, so concurrent issues by one issuer queue (unique); a rolled-back
/// issue gives its value back, and a gap would be harmless anyway. Issuers do not block each other.</summary>
public static class IssuerSerials
{
    public static async Task<long> NextSerialAsync(this CertificatesDbContext db, string issuerCreditCode, CancellationToken ct)
    {
        var next = await db.Database.SqlQuery<long>($"""
            INSERT INTO certificates.issuer_serials ("IssuerCreditCode", "LastSerial") VALUES ({issuerCreditCode}, 1)
            ON CONFLICT ("IssuerCreditCode") DO UPDATE SET "LastSerial" = issuer_serials."LastSerial" + 1
            RETURNING "LastSerial" AS "Value"
            """).ToListAsync(ct);
        return next.Single();
    }
}
