namespace Linkage.Certificates.Domain;

/// <summary>docs/domain.md: valid, revoked, cancelled, expired; superseded once a re-issue replaces it.</summary>
public enum CertificateStatus
{
    Valid,
    Revoked,
    Cancelled,
    Expired,
    Superseded,
}
