namespace Linkage.VideoReview.Features.ConcludeSession;

/// <summary>POST /api/video-review/sessions/{id}/conclusion: minutes, the decision, and optionally the votes.</summary>
public sealed record ConcludeSessionRequest(string? Minutes, string? Decision, IReadOnlyList<VoteInput>? Votes);

public sealed record VoteInput(string? OrgUnitId, string? DepartmentId, string? Choice, string? Remark);
