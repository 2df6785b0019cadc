using Linkage.Contracts.Federation;
using Linkage.Messaging;
using Linkage.Ratings.Domain;
using Linkage.Ratings.Persistence;

namespace Linkage.Ratings.Features.RelayedRectifications;

/// <summary>At the station's deployment: the rater's follow-up rating (追评) on a mirror row is kept on it and goes up
/// to the unit that handled the case (decision 0519), which closes its row; the closing comes back down. One per row: a
/// second is refused while the first is on its way.</summary>
public static class MirrorFollowUp
{
    public static ProblemHttpResult? Send(RatingsDbContext db, Rectification r, int grade, string? comment, DateTimeOffset at)
    {
        if (!r.FollowUpOpen)
            return Problems.FieldConflict("status", "The follow-up rating was given already; the handling unit closes the rectification.");
        r.FollowUpSent(grade, comment);
        db.PublishFederated(new FollowUpRelayed(r.RatingId, r.Id, r.RelayedFrom!, r.HandlingDivision, grade, comment, at),
            new FederationRoute(FollowUpRelayed.Type, r.RatingId.ToString(), r.HandlingDivision));
        return null;
    }
}
