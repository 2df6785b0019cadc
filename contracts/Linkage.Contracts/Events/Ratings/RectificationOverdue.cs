namespace Linkage.Contracts.Events.Ratings;

/// <summary>A bad rating was not rectified, explained or appealed by its deadline: an alarm for supervision.</summary>
public sealed record RectificationOverdue(
    Guid RectificationId,
    string MatterCode,
    string HandlingOrgUnitId,
    string HandlingDivision,
    DateOnly Deadline,
    DateTimeOffset DetectedAt);
