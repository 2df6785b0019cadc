namespace Linkage.Contracts.Events.Ratings;

/// <summary>A bad rating's rectification is closed: after the follow-up rating, or because an appeal was upheld
/// (then the rating no longer counts in the published figures, and supervision takes back what <see cref="CaseRated"/>
/// added: the case, grade and rating time after <see cref="ClosedAt"/> were added for that). For supervision and the assessment.</summary>
public sealed record RectificationClosed(
    Guid RectificationId,
    Guid RatingId,
    string HandlingOrgUnitId,
    string HandlingDivision,
    string Resolution,        // "fix-at-once" | "ledger" | "explanation" | "appeal"
    bool AppealUpheld,
    int? FollowUpGrade,
    DateTimeOffset ClosedAt,
    Guid? CaseId = null,
    int? Grade = null,
    DateTimeOffset? RatedAt = null);
