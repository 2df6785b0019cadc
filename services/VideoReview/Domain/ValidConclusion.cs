namespace Linkage.VideoReview.Domain;

public sealed record ValidConclusion(string Minutes, ReviewDecision Decision, IReadOnlyList<Vote> Votes);
