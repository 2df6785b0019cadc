namespace Linkage.Contracts.Events.Office;

/// <summary>The centre's management approved a held rejection (否定报备, decision 0562): approval rejects the task now,
/// in the proposing reviewer's name, with the filed reason and legal basis.</summary>
public sealed record RejectionApproved(
    Guid FilingId,
    Guid CaseId,
    Guid TaskId,
    string Reason,
    string? LegalBasis,
    string ProposedBy,
    string ProposedByName,
    string ApprovedBy,
    DateTimeOffset ApprovedAt);
