using Linkage.Kernel.Rules;

namespace Linkage.Certificates.Domain.Rules;

/// <summary>Only the current, valid version of a licence is revoked, re-issued or delivered.</summary>
public sealed class CertificateMustBeCurrentRule(Certificate certificate) : IBusinessRule
{
    public string Field => "identifier";

    public string Message => $"Certificate {certificate.Identifier} is {certificate.Status.ToString().ToLowerInvariant()}.";

    public bool IsBroken() => !certificate.IsCurrent;
}
