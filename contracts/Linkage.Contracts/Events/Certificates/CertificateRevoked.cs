namespace Linkage.Contracts.Events.Certificates;

/// <summary>A licence was revoked (撤销) with its reason; verification answers "revoked" from now on.</summary>
public sealed record CertificateRevoked(
    Guid CertificateId,
    string Identifier,
    Guid CaseId,
    string Reason,
    DateTimeOffset RevokedAt);
