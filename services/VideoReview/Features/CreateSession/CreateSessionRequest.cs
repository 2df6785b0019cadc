namespace Linkage.VideoReview.Features.CreateSession;

/// <summary>POST /api/video-review/sessions.</summary>
public sealed record CreateSessionRequest(
    Guid? CaseId,
    string? Purpose,
    DateTimeOffset? ScheduledAt,
    IReadOnlyList<ParticipantInput>? Participants);

/// <summary>A seat; <see cref="Role"/> is reviewer (default), recorder or applicant-representative.</summary>
public sealed record ParticipantInput(string? OrgUnitId, string? DepartmentId, string? Role = null, string? Subject = null);
