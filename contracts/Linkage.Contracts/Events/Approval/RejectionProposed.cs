namespace Linkage.Contracts.Events.Approval;

/// <summary>否定报备, approval first (decision 0562): a department's reviewer means to reject its task at a centre whose
/// management approves negative decisions first. Nothing is decided until the office approves the filing; the task
/// stays pending and its clock runs.</summary>
public sealed record RejectionProposed(
    Guid CaseId,
    Guid TaskId,
    string CaseNumber,
    string MatterCode,
    string HandlingOrgUnitId,
    string HandlingDivision,
    string DepartmentId,
    string Reason,
    string? LegalBasis,
    string ProposedBy,
    string ProposedByName,
    DateTimeOffset ProposedAt);
