using Linkage.Certificates.Domain;
using Linkage.Certificates.Persistence;
using Linkage.Contracts.Catalog.V1;
using Linkage.Contracts.Events.Approval;
using Linkage.Contracts.Events.Intake;
using Linkage.Messaging;
using Linkage.Certificates.Signing;
using Linkage.Certificates.Features.StationDelivery;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Certificates.Features.IssueCertificate;

/// <summary>Issues the licence an approved case produces: next serial of the issuer (reserved beforehand, 0518), then
/// identifier, metadata, the seal of the handling org unit's active key and CertificateIssued in the consumer's
/// transaction; a licence for a station another deployment serves goes down to it too (decision 0625), and so does the
/// supersession of a merged licence's copy kept there (0528).</summary>
public sealed class CertificateIssuer(
    CertificatesDbContext db, SerialReservations serials, SigningKeys keys, FederationOptions federation, TimeProvider clock)
{
    public async Task<Certificate> IssueAsync(CaseApproved approved, Licence licence, CancellationToken ct)
    {
        var type = new LicenceType(licence.TypeCode, licence.TypeName, licence.IssuerCreditCode, licence.ValidityYears);
        var serial = await NextSerialAsync(type.IssuerCreditCode, ct);
        return await SealAsync(Certificate.Issue(Facts(approved), type, serial, clock.GetUtcNow()), approved.SubmittedAtDivision, ct);
    }

    /// <summary>The one licence of a one-thing case, carrying each leg's filing. If the company (by credit code) holds
    /// a valid licence of the type from the same issuer, the new one succeeds it (same serial, version + 1).</summary>
    public async Task<Certificate> IssueMergedAsync(CaseApproved approved, BundleLicence licence, CancellationToken ct)
    {
        var type = new LicenceType(licence.TypeCode, licence.TypeName, licence.IssuerCreditCode, licence.ValidityYears);
        var legs = (approved.Filings ?? []).Select(f => new LicenceLeg(
            f.ImplementationCode, f.MatterCode, f.MatterName, f.ApprovingDepartments, f.ApprovedAt)).ToList();
        var current = approved.HolderCreditCode is not { } creditCode ? null : await CurrentAsync(creditCode, type, ct);
        var now = clock.GetUtcNow();
        var certificate = current is null
            ? Certificate.IssueMerged(Facts(approved), type, await NextSerialAsync(type.IssuerCreditCode, ct), legs, now)
            : current.SucceedWith(Facts(approved), type, legs, now);
        await SealAsync(certificate, approved.SubmittedAtDivision, ct);
        if (current is not null) StationCopies.FollowDown(db, federation, current, certificate, null, now);
        return certificate;
    }

    /// <summary>The company's valid licence of the type, read under a transaction-scoped advisory lock on (credit code,
    /// type, issuer), so two bundle cases of one company approved at once issue one after the other.</summary>
    private async Task<Certificate?> CurrentAsync(string creditCode, LicenceType type, CancellationToken ct)
    {
        var key = $"merged-licence/{creditCode}/{type.TypeCode}/{type.IssuerCreditCode}";
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock(hashtextextended({key}, 0))", ct);
        return await db.Certificates
            .Where(c => c.HolderCreditCode == creditCode && c.TypeCode == type.TypeCode
                && c.IssuerCreditCode == type.IssuerCreditCode && c.Status == CertificateStatus.Valid)
            .OrderByDescending(c => c.Version).FirstOrDefaultAsync(ct);
    }

    private Task<long> NextSerialAsync(string issuerCreditCode, CancellationToken ct) =>
        serials.NextAsync(db.Database.GetConnectionString()!, issuerCreditCode, ct);

    private async Task<Certificate> SealAsync(Certificate certificate, string? submittedAtDivision, CancellationToken ct)
    {
        var key = await keys.ActiveAsync(certificate.HandlingOrgUnitId, certificate.HandlingDivision, ct);
        certificate.SignWith(key.Id, c => keys.Seal(key, CanonicalContent.Of(c)), certificate.IssuedAt);
        db.Certificates.Add(certificate);
        db.Audit(AuditActor.System("certificates", certificate.HandlingDivision), "certificate.issued", "certificate", certificate.Identifier, new { caseId = certificate.CaseId });
        db.Publish(CertificateEvents.Issued(certificate), certificate.CaseId.ToString());
        StationCopies.SendIfElsewhere(db, federation, certificate, submittedAtDivision, key.PublicKey);
        return certificate;
    }

    private static ApprovedCase Facts(CaseApproved a) => new(
        a.CaseId, a.CaseNumber, a.MatterCode, a.MatterName, a.HandlingOrgUnitId, a.HandlingDivision, a.SubmittedAtOrgUnitId,
        new CertificateHolder(a.HolderName, a.HolderMaskedId, a.HolderIdDigest, a.HolderRepresentative), a.ApprovedAt, a.HolderCreditCode);
}
