using Linkage.Certificates.Domain;
using Linkage.Certificates.Persistence;
using Linkage.Certificates.Signing;
using Linkage.Contracts.Federation;
using Linkage.Kernel.Crypto;
using Linkage.Messaging;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Certificates.Features.StationDelivery;

/// <summary>At the station's deployment: keeps the licence sent down (decision 0625) once its seal verifies against the
/// issuer's public key, which is kept too (public only), and arranges its hand-over at the station that took the case in.
/// A licence known here already (one deployment plays both parts) changes nothing; a seal that does not verify, or a
/// key id known here with another public key, is refused. A re-issue is linked to its predecessor's copy kept here, so
/// verifying the old one names it (decision 0528).</summary>
public sealed class CertificateForStationHandler(CertificatesDbContext db, TimeProvider clock)
    : FederationInboxHandler<CertificateForStation, CertificatesDbContext>(db)
{
    protected override async Task Handle(FederationEvent envelope, CertificateForStation s, CancellationToken ct)
    {
        if (await Db.Certificates.AnyAsync(c => c.Identifier == s.Identifier, ct)) return;
        var predecessor = s.PredecessorIdentifier is null ? null
            : await Db.Certificates.Where(c => c.Identifier == s.PredecessorIdentifier).Select(c => (Guid?)c.Id).FirstOrDefaultAsync(ct);
        var copy = Certificate.CopyOf(s, predecessor);
        if (!Sm2.Verify(s.SealPublicKey, CanonicalContent.Of(copy), s.Signature))
            throw new FederationRefusedException($"the seal of {s.Identifier} does not verify with the key sent");
        var known = await Db.SigningKeys.AsNoTracking().Where(k => k.Id == s.KeyId).Select(k => k.PublicKey).FirstOrDefaultAsync(ct);
        if (known is not null && !known.AsSpan().SequenceEqual(s.SealPublicKey))
            throw new FederationRefusedException($"key {s.KeyId} is known here with another public key");

        var now = clock.GetUtcNow();
        if (known is null) Db.SigningKeys.Add(SigningKey.PublicOnly(s.KeyId, s.HandlingOrgUnitId, s.HandlingDivision, s.SealPublicKey, now));
        Db.Certificates.Add(copy);
        Db.Deliveries.Add(Delivery.Arrange(copy, DeliveryMethod.VillageStation, null, now));
        Db.Audit(AuditActor.System("certificates", s.SubmittedAtDivision), "certificate.copy-received", "certificate", s.Identifier,
            new { caseId = s.CaseId, from = envelope.Signer });
    }
}
