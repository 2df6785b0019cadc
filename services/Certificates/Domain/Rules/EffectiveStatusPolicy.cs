namespace Linkage.Certificates.Domain.Rules;

/// <summary>A valid licence past its last day of validity reads as expired, without a job rewriting rows.</summary>
public sealed class EffectiveStatusPolicy(DateOnly today)
{
    public CertificateStatus Of(Certificate c) =>
        c.Status == CertificateStatus.Valid && c.ValidUntil is { } until && today > until ? CertificateStatus.Expired : c.Status;
}
