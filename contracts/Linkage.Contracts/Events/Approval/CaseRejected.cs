namespace Linkage.Contracts.Events.Approval;

/// <summary>The centre handling the case travels with the rejection so the office files it (否定报备, decision 0505);
/// events published before it carry none.</summary>
public sealed record CaseRejected(
    Guid CaseId,
    string CaseNumber,
    IReadOnlyList<DepartmentReason> Reasons,
    DateTimeOffset RejectedAt,
    string? MatterCode = null,
    string? HandlingOrgUnitId = null,
    string? HandlingDivision = null);

/// <summary>On a one-thing case <c>ImplementationCode</c> names the leg the department reviewed.</summary>
public sealed record DepartmentReason(string DepartmentId, string Reason, string? LegalBasis, string? ImplementationCode = null);
