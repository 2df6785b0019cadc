namespace Linkage.Contracts.Events.Approval;

public sealed record CaseRejected(
    Guid CaseId,
    string CaseNumber,
    IReadOnlyList<DepartmentReason> Reasons,
    DateTimeOffset RejectedAt);

/// <summary>On a one-thing case <c>ImplementationCode</c> names the leg the department reviewed.</summary>
public sealed record DepartmentReason(string DepartmentId, string Reason, string? LegalBasis, string? ImplementationCode = null);
