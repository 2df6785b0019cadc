namespace Linkage.Ratings.Domain;

/// <summary>一次一评、一事一评: each channel rates a case once. A unique index backs this up under races.</summary>
public static class OncePerChannelRule
{
    public const string Message = "This case has already been rated on this channel.";

    public static IQueryable<Rating> Earlier(this IQueryable<Rating> ratings, Guid caseId, RatingChannel channel) =>
        ratings.Where(r => r.CaseId == caseId && r.Channel == channel);
}
