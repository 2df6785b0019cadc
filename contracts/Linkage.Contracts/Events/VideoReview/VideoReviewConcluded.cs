namespace Linkage.Contracts.Events.VideoReview;

/// <summary>A session was concluded: the minutes' outcome and each department's vote with its reasons. Approval
/// records each participating department's decision as made in a joint review.</summary>
public sealed record VideoReviewConcluded(
    Guid SessionId,
    Guid CaseId,
    string Decision,         // "approved" | "rejected" | "supplement-required" | "adjourned"
    IReadOnlyList<VideoReviewVote> Votes,
    string ConcludedBy,
    DateTimeOffset ConcludedAt);

/// <summary>Choice: "approve" | "reject" | "request-supplement" | "abstain"; a supplement request names the catalog
/// codes of the <paramref name="Materials"/> still needed.</summary>
public sealed record VideoReviewVote(string OrgUnitId, string? DepartmentId, string Choice, string? Remark, IReadOnlyList<string>? Materials = null);
