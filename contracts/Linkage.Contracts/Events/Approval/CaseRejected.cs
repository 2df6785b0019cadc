namespace Linkage.Contracts.Events.Approval;

public sealed record CaseRejected(
    Guid CaseId,
    string CaseNumber,
    IReadOnlyList<DepartmentReason> Reasons,
    DateTimeOffset RejectedAt);

public sealed record DepartmentReason(string DepartmentId, string Reason, string? LegalBasis);
