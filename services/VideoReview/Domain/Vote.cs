namespace Linkage.VideoReview.Domain;

/// <summary>One participant's vote in the conclusion.</summary>
public sealed record Vote(string OrgUnitId, string? DepartmentId, VoteChoice Choice, string? Remark);
