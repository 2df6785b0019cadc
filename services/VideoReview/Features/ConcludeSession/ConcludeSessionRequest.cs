namespace Linkage.VideoReview.Features.ConcludeSession;

/// <summary>POST /api/video-review/sessions/{id}/conclusion: minutes, the decision, and optionally the caller's own
/// seat's vote (the other seats cast theirs with POST …/votes).</summary>
public sealed record ConcludeSessionRequest(string? Minutes, string? Decision, IReadOnlyList<VoteInput>? Votes);

public sealed record VoteInput(string? OrgUnitId, string? DepartmentId, string? Choice, string? Remark, IReadOnlyList<string?>? Materials = null);
