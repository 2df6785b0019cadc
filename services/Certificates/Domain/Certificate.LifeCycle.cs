using Linkage.Kernel;

namespace Linkage.Certificates.Domain;

/// <summary>Revocation (撤销) and re-issue (换发): a re-issue is a new row, version + 1, linked to its predecessor,
/// which becomes superseded. Only a licence whose stored status is valid can be revoked or re-issued.</summary>
public sealed partial class Certificate
{
    public string? RevocationReason { get; private set; }
    public DateTimeOffset? RevokedAt { get; private set; }
    public string? RevokedBy { get; private set; }
    public string? ReissueReason { get; private set; }
    public string SubmittedAtOrgUnitId { get; private set; } = "";

    /// <summary>The station's division whose deployment was sent a copy (decision 0625), so revocation and re-issue
    /// follow it down (0528); null when the case was taken in where this deployment serves.</summary>
    public string? StationDivision { get; private set; }

    public void SentToStation(string division) => StationDivision = division;

    public bool IsCurrent => Status == CertificateStatus.Valid;

    public void Revoke(string reason, string by, DateTimeOffset now) =>
        (Status, RevocationReason, RevokedAt, RevokedBy) = (CertificateStatus.Revoked, reason, now, by);

    /// <summary>The next version with the same content, issued today; this one becomes superseded.</summary>
    public Certificate Reissue(string reason, DateTimeOffset now)
    {
        var issuedOn = ChinaTime.ToLocalDate(now);
        var next = (Certificate)MemberwiseClone();
        next.Id = Guid.CreateVersion7(now);
        next.Version = Version + 1;
        next.Identifier = LicenceIdentifier.Create(TypeCode, IssuerCreditCode, Serial, next.Version).ToString();
        (next.PredecessorId, next.PredecessorIdentifier) = (Id, Identifier);
        (next.IssuedOn, next.IssuedAt, next.ValidFrom) = (issuedOn, now, issuedOn);
        (next.Signature, next.SignedAt, next.KeyId, next.ReissueReason) = (null, null, null, reason);
        Status = CertificateStatus.Superseded;
        return next;
    }

}
