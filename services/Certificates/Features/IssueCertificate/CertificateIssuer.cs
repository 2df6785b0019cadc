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
/// supersession of a merged licence's copy kept there (0528). A batch's licences are reserved first, then sealed with
/// no transaction open (<see cref="ReserveAsync"/>, <see cref="Issue"/>; decision 0684).</summary>
public sealed class CertificateIssuer(
    CertificatesDbContext db, SerialReservations serials, SigningKeys keys, FederationOptions federation, TimeProvider clock)
{
    /// <summary>A licence to issue, its serial reserved and its org unit's active key read.</summary>
    public sealed record Reserved(CaseApproved Approved, LicenceType Type, long Serial, SigningKey Key);

    /// <summary>Serials for all of <paramref name="licences"/>, one reservation per issuer, and the active key of each
    /// issuing org unit, read once.</summary>
    public async Task<IReadOnlyList<Reserved>> ReserveAsync(IReadOnlyList<(CaseApproved Approved, Licence Licence)> licences, CancellationToken ct)
    {
        var types = licences.Select(l => (l.Approved, Type: TypeOf(l.Licence))).ToList();
        var first = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var issuer in types.GroupBy(t => t.Type.IssuerCreditCode, StringComparer.Ordinal))
            first[issuer.Key] = await serials.NextAsync(db.Database.GetConnectionString()!, issuer.Key, issuer.Count(), ct);
        var active = new Dictionary<string, SigningKey>(StringComparer.Ordinal);
        foreach (var approved in types.Select(t => t.Approved).DistinctBy(a => a.HandlingOrgUnitId))
            active[approved.HandlingOrgUnitId] = await keys.ActiveAsync(approved.HandlingOrgUnitId, approved.HandlingDivision, ct);
        return [.. types.Select(t => new Reserved(t.Approved, t.Type, first[t.Type.IssuerCreditCode]++, active[t.Approved.HandlingOrgUnitId]))];
    }

    /// <summary>Issues and seals a reserved licence, tracked with its event for the caller's save; its audit entry goes to
    /// the lane of <paramref name="auditLane"/>, the key the caller's whole round shares (decision 0688).</summary>
    public Certificate Issue(Reserved licence, string auditLane) =>
        Seal(Certificate.Issue(Facts(licence.Approved), licence.Type, licence.Serial, clock.GetUtcNow()), licence.Key, licence.Approved.SubmittedAtDivision, auditLane);

    /// <summary>The one licence of a one-thing case, carrying each leg's filing. If the company (by credit code) holds
    /// a valid licence of the type from the same issuer, the new one succeeds it (same serial, version + 1).</summary>
    public async Task<Certificate> IssueMergedAsync(CaseApproved approved, BundleLicence licence, CancellationToken ct)
    {
        var type = TypeOf(licence);
        var legs = (approved.Filings ?? []).Select(f => new LicenceLeg(
            f.ImplementationCode, f.MatterCode, f.MatterName, f.ApprovingDepartments, f.ApprovedAt)).ToList();
        var current = approved.HolderCreditCode is not { } creditCode ? null : await CurrentAsync(creditCode, type, ct);
        var now = clock.GetUtcNow();
        var certificate = current is null
            ? Certificate.IssueMerged(Facts(approved), type, await NextSerialAsync(type.IssuerCreditCode, ct), legs, now)
            : current.SucceedWith(Facts(approved), type, legs, now);
        Seal(certificate, await keys.ActiveAsync(certificate.HandlingOrgUnitId, certificate.HandlingDivision, ct), approved.SubmittedAtDivision);
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

    private Certificate Seal(Certificate certificate, SigningKey key, string? submittedAtDivision, string? auditLane = null)
    {
        certificate.SignWith(key.Id, c => keys.Seal(key, CanonicalContent.Of(c)), certificate.IssuedAt);
        db.Certificates.Add(certificate);
        db.Audit(AuditActor.System("certificates", certificate.HandlingDivision), "certificate.issued", "certificate", certificate.Identifier,
            new { caseId = certificate.CaseId }, laneKey: auditLane);
        db.Publish(CertificateEvents.Issued(certificate), certificate.CaseId.ToString());
        StationCopies.SendIfElsewhere(db, federation, certificate, submittedAtDivision, key.PublicKey);
        return certificate;
    }

    private static LicenceType TypeOf(Licence l) => new(l.TypeCode, l.TypeName, l.IssuerCreditCode, l.ValidityYears);

    private static LicenceType TypeOf(BundleLicence l) => new(l.TypeCode, l.TypeName, l.IssuerCreditCode, l.ValidityYears);

    private static ApprovedCase Facts(CaseApproved a) => new(
        a.CaseId, a.CaseNumber, a.MatterCode, a.MatterName, a.HandlingOrgUnitId, a.HandlingDivision, a.SubmittedAtOrgUnitId,
        new CertificateHolder(a.HolderName, a.HolderMaskedId, a.HolderIdDigest, a.HolderRepresentative), a.ApprovedAt, a.HolderCreditCode);
}
