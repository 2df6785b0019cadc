namespace Linkage.Ratings.Domain;

/// <summary>Where the handling unit's rectification stands, as its rater may read it: what a mirror follows (0519).</summary>
public sealed record RectificationState(
    RectificationStatus Status,
    Resolution? Resolution,
    string? Result,
    DateTimeOffset? VisitedAt,
    DateTimeOffset? FedBackAt,
    bool AppealUpheld,
    int? FollowUpGrade,
    string? FollowUpComment,
    DateTimeOffset? ClosedAt);
