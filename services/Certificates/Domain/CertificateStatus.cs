namespace Linkage.Certificates.Domain;

/// <summary>DOMAIN.md: valid, revoked, cancelled, expired. Revocation and cancellation arrive in a later step.</summary>
public enum CertificateStatus
{
    Valid,
    Revoked,
    Cancelled,
    Expired,
}
