namespace Linkage.VideoReview.Features.CreateSession;

/// <summary>POST /api/video-review/sessions.</summary>
public sealed record CreateSessionRequest(
    Guid? CaseId,
    string? Purpose,
    DateTimeOffset? ScheduledAt,
    IReadOnlyList<ParticipantInput>? Participants);

public sealed record ParticipantInput(string? OrgUnitId, string? DepartmentId);
