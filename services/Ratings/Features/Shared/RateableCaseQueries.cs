using Linkage.Ratings.Domain;

namespace Linkage.Ratings.Features.Shared;

/// <summary>A case is rated by the person who applied for it, recognised by their ID digest; for anyone else
/// the case does not exist. Part of the query, never checked after loading.</summary>
public static class RateableCaseQueries
{
    public static IQueryable<RateableCase> RateableBy(this IQueryable<RateableCase> cases, string? callerIdDigest) =>
        callerIdDigest is { Length: > 0 } digest ? cases.Where(c => c.ApplicantIdDigest == digest) : cases.Where(_ => false);
}
