namespace Linkage.Contracts.Events.Office;

/// <summary>The centre's management approved a held refusal (否定报备): intake issues it now, with the reason filed.</summary>
public sealed record RefusalApproved(Guid FilingId, Guid CaseId, string Reason, string ApprovedBy, DateTimeOffset ApprovedAt);
