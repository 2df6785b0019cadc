using Linkage.Certificates.Domain;
using Linkage.Certificates.Persistence;
using Linkage.Contracts.Catalog.V1;
using Linkage.Contracts.Events.Approval;
using Linkage.Messaging;
using Linkage.Certificates.Signing;

namespace Linkage.Certificates.Features.IssueCertificate;

/// <summary>Issues the licence an approved case produces: next serial of the issuer, identifier, metadata and
/// the seal of the handling org unit's active key, and CertificateIssued, all in the consumer's transaction.</summary>
public sealed class CertificateIssuer(CertificatesDbContext db, SigningKeys keys, TimeProvider clock)
{
    public async Task<Certificate> IssueAsync(CaseApproved approved, Licence licence, CancellationToken ct)
    {
        var type = new LicenceType(licence.TypeCode, licence.TypeName, licence.IssuerCreditCode, licence.ValidityYears);
        var serial = await db.NextSerialAsync(type.IssuerCreditCode, ct);
        var now = clock.GetUtcNow();
        var certificate = Certificate.Issue(Facts(approved), type, serial, now);
        var key = await keys.ActiveAsync(approved.HandlingOrgUnitId, approved.HandlingDivision, ct);
        certificate.SignWith(key.Id, c => keys.Seal(key, CanonicalContent.Of(c)), now);
        db.Certificates.Add(certificate);
        db.Publish(CertificateEvents.Issued(certificate), certificate.CaseId.ToString());
        return certificate;
    }

    private static ApprovedCase Facts(CaseApproved a) => new(
        a.CaseId, a.CaseNumber, a.MatterCode, a.MatterName, a.HandlingOrgUnitId, a.HandlingDivision, a.SubmittedAtOrgUnitId,
        new CertificateHolder(a.HolderName, a.HolderMaskedId, a.HolderIdDigest), a.ApprovedAt, a.HolderCreditCode);
}
