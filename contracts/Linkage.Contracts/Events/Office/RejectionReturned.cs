namespace Linkage.Contracts.Events.Office;

/// <summary>The centre's management returned a held rejection (否定报备, decisions 0562, 0577): nothing is recorded on the
/// task; approval notes the return on the case's timeline, so the reviewer sees the rejection is no longer held.</summary>
public sealed record RejectionReturned(Guid FilingId, Guid CaseId, Guid TaskId, string? Note, string ReturnedBy, DateTimeOffset ReturnedAt);
