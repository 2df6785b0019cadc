namespace Linkage.Contracts.Events.Ratings;

/// <summary>The return visit of a bad rating was not made within its working day(s): an alarm for supervision.</summary>
public sealed record ReturnVisitOverdue(
    Guid RectificationId,
    string MatterCode,
    string HandlingOrgUnitId,
    string HandlingDivision,
    DateOnly VisitDue,
    DateTimeOffset DetectedAt);
