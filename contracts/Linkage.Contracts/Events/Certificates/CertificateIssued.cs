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
    DateTimeOffset IssuedAt,
    int Version = 1,                        // added with issue 5: re-issues count up
    string? PredecessorIdentifier = null);  // the version this one supersedes
