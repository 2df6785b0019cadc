using Linkage.Certificates.Domain;
using Linkage.Certificates.Persistence;
using Linkage.Contracts.Federation;
using Linkage.Messaging;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Certificates.Features.StationDelivery;

/// <summary>At the station's deployment: the issuer revoked a licence whose copy is kept here, or a re-issue or a merged
/// licence's successor superseded it (decision 0528). Applied after the copy's own event (sequence 2 of the identifier)
/// and once: the copy leaves valid, so it prints and verifies as revoked or superseded and can no longer be handed over.
/// A revocation is announced here as this deployment's own CertificateRevoked, so the station's intake case shows it
/// (0626). A licence not kept here as a copy, another issuer's, or an unknown status is refused.</summary>
public sealed class CertificateStatusChangedHandler(CertificatesDbContext db, FederationOptions federation)
    : FederationInboxHandler<CertificateStatusChanged, CertificatesDbContext>(db)
{
    protected override async Task Handle(FederationEvent envelope, CertificateStatusChanged change, CancellationToken ct)
    {
        if (change.Status is not (CertificateStatusChanged.Revoked or CertificateStatusChanged.Superseded))
            throw new FederationRefusedException($"'{change.Status}' is not a status a licence goes to");
        var c = await Db.Certificates.FirstOrDefaultAsync(x => x.Identifier == change.Identifier, ct)
            ?? throw new FederationRefusedException($"no copy of {change.Identifier} is kept here");
        if (!StationCopies.IsCopy(federation, c) || c.HandlingDivision != change.HandlingDivision || c.CaseId != change.CaseId)
            throw new FederationRefusedException($"{change.Identifier} is not a copy of {change.HandlingDivision}'s licence kept here");
        if (!c.FollowIssuer(change)) return;
        if (c.Status == CertificateStatus.Revoked) Db.Publish(CertificateEvents.Revoked(c), c.CaseId.ToString()); // the station's case shows it (0626)
        Db.Audit(AuditActor.System("certificates", envelope.TargetDivision ?? change.HandlingDivision), "certificate.copy-" + change.Status, "certificate", c.Identifier,
            new { caseId = c.CaseId, reason = change.Reason, successor = change.SuccessorIdentifier, from = envelope.Signer });
    }
}
