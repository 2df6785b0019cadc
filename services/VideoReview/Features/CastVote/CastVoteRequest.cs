namespace Linkage.VideoReview.Features.CastVote;

/// <summary>POST /api/video-review/sessions/{id}/votes: the caller's own seat's vote (表决意见).</summary>
public sealed record CastVoteRequest(string? Choice, string? Remark, IReadOnlyList<string?>? Materials);
