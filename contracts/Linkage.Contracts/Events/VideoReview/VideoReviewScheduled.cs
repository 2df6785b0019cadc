namespace Linkage.Contracts.Events.VideoReview;

/// <summary>A remote video review session (远程视频联审) was scheduled on a case.</summary>
public sealed record VideoReviewScheduled(
    Guid SessionId,
    Guid CaseId,
    string Purpose,          // "joint-review" | "site-inspection" | "bid-evaluation"
    DateTimeOffset ScheduledAt,
    IReadOnlyList<VideoReviewParticipant> Participants,
    string Division);

public sealed record VideoReviewParticipant(string OrgUnitId, string? DepartmentId);
