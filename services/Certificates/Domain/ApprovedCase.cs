namespace Linkage.Certificates.Domain;

/// <summary>The facts of an approved case that a certificate records.</summary>
public sealed record ApprovedCase(
    Guid CaseId,
    string CaseNumber,
    string MatterCode,
    string MatterName,
    string HandlingOrgUnitId,
    string HandlingDivision,
    string SubmittedAtOrgUnitId,
    CertificateHolder Holder,
    DateTimeOffset ApprovedAt,
    string? HolderCreditCode = null);
