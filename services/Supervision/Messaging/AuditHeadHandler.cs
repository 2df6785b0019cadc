using Linkage.Contracts.Federation;
using Linkage.Messaging;
using Linkage.Supervision.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Supervision.Messaging;

/// <summary>The tier above keeps the audit chain heads its lower tiers signed (docs/decisions/0404): each is checked
/// against the signer's trusted SM2 key first, and one that does not verify is refused (quarantined), not kept.</summary>
public sealed class AuditHeadHandler(SupervisionDbContext db, FederationTrust trust, TimeProvider clock)
    : FederationInboxHandler<AuditHeadSigned, SupervisionDbContext>(db)
{
    protected override bool Ordered => false; // every head carries its whole state

    protected override async Task Handle(FederationEvent envelope, AuditHeadSigned head, CancellationToken ct)
    {
        var hash = Convert.FromBase64String(head.Hash);
        var signature = Convert.FromBase64String(head.Signature);
        if (head.Signer != envelope.Signer || !ReceivedHeads.Verifies(trust, head.Signer, head.Chain, head.Sequence, hash, head.SignedAt, head.KeyId, signature))
            throw new FederationRefusedException($"audit head {head.Chain}#{head.Sequence} of {head.Signer} does not verify");
        await Db.Database.ExecuteSqlInterpolatedAsync($"""
            INSERT INTO audit.received_heads (signer, chain, seq, hash, signed_at, key_id, signature, origin_division, received_at)
            VALUES ({head.Signer}, {head.Chain}, {head.Sequence}, {hash}, {head.SignedAt.ToUniversalTime()}, {head.KeyId}, {signature},
                    {head.OriginDivision}, {clock.GetUtcNow()})
            ON CONFLICT DO NOTHING
            """, ct);
    }
}
