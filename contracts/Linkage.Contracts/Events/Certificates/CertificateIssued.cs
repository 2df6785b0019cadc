namespace Linkage.Contracts.Events.Certificates;

public sealed record CertificateIssued(
    Guid CertificateId,
    string Identifier,
    Guid CaseId,
    string TypeName,
    string HolderName,
    string IssuerCreditCode,
    DateOnly IssuedOn,
    DateOnly? ValidUntil,
    DateTimeOffset IssuedAt);
