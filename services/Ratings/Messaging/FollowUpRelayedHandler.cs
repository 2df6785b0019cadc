using Linkage.Contracts.Federation;
using Linkage.Messaging;
using Linkage.Ratings.Domain;
using Linkage.Ratings.Features.Rectifications;
using Linkage.Ratings.Features.RelayedRectifications;
using Linkage.Ratings.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Ratings.Messaging;

/// <summary>At the unit that handled a forwarded case: the rater gave the follow-up rating (追评) at the station's
/// deployment on its copy of this unit's fed-back rectification (decision 0519). Applied once, after the rating it
/// follows (sequence 2 of the rating id): the unit's own follow-up step, the row closes, supervision hears it and the
/// closing goes back down. A row not relayed from the sender's station, or not fed back, is refused.</summary>
public sealed class FollowUpRelayedHandler(RatingsDbContext db) : FederationInboxHandler<FollowUpRelayed, RatingsDbContext>(db)
{
    protected override async Task Handle(FederationEvent envelope, FollowUpRelayed followUp, CancellationToken ct)
    {
        var r = await Db.Rectifications.FirstOrDefaultAsync(x => x.RatingId == followUp.RatingId, ct)
            ?? throw new FederationRefusedException($"no rectification of rating {followUp.RatingId} is kept here");
        if (r.Mirror || r.Id != followUp.RectificationId || r.RelayedFrom != followUp.SubmittedAtDivision || r.HandlingDivision != followUp.HandlingDivision)
            throw new FederationRefusedException($"rectification {followUp.RectificationId} is not {followUp.HandlingDivision}'s of a rating from {followUp.SubmittedAtDivision}");
        if (!Grade.IsValid(followUp.Grade) || followUp.Comment is { Length: > RatingLimits.CommentLength })
            throw new FederationRefusedException($"grade {followUp.Grade} or the comment is not a follow-up's");
        if (RectificationSteps.OutOfOrder(r, RectificationSteps.FollowUp) is { } outOfOrder) throw new FederationRefusedException(outOfOrder);

        r.FollowUp(followUp.Grade, followUp.Comment, followUp.At);
        Db.Steps.Add(RectificationStep.Of(r.Id, RectificationSteps.FollowUp, "rater", followUp.At));
        Outcomes.Closed(Db, r);
        RectificationRelay.Tell(Db, r, RectificationSteps.FollowUp, followUp.At);
    }
}
