namespace Linkage.Office.Domain;

/// <summary>A staff member's day off (请假/调休) at a centre: on that day their posts are covered by the B.</summary>
public sealed record DayOff(string OrgUnitId, string Subject, DateOnly Date, string Reason, string RecordedBy, DateTimeOffset RecordedAt);
