using Linkage.Contracts.Federation;
using Linkage.Messaging;
using Linkage.Ratings.Domain;
using Linkage.Ratings.Features.RelayedRectifications;
using Linkage.Ratings.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Ratings.Messaging;

/// <summary>At the station's deployment: a step of the rectification of a rating given here and relayed to the unit that
/// handled the case (decision 0519). Applied once and in the unit's order: the first opens the mirror row the rater finds
/// with their own digest, each takes the unit's state and leaves a step (what, which deployment, when). A rating not given
/// here, a case handled here, another unit's or station's, or a status not ours is refused.</summary>
public sealed class RectificationChangedHandler(RatingsDbContext db, FederationOptions federation)
    : FederationInboxHandler<RectificationChanged, RatingsDbContext>(db)
{
    protected override async Task Handle(FederationEvent envelope, RectificationChanged change, CancellationToken ct)
    {
        var rating = await Db.Ratings.AsNoTracking().FirstOrDefaultAsync(r => r.Id == change.RatingId, ct)
            ?? throw new FederationRefusedException($"no rating {change.RatingId} was given here");
        var @case = await Db.Cases.AsNoTracking().FirstAsync(c => c.Id == rating.CaseId, ct);
        if (federation.Scope.Covers(@case.HandlingDivision) || @case.Id != change.CaseId
            || @case.HandlingDivision != change.HandlingDivision || @case.SubmittedAtDivision != change.SubmittedAtDivision)
            throw new FederationRefusedException($"rating {change.RatingId} was not relayed from {change.SubmittedAtDivision} to {change.HandlingDivision}");
        var state = RectificationRelay.StateOf(change)
            ?? throw new FederationRefusedException($"'{change.Status}' or '{change.Resolution}' is not a rectification's");

        var mirror = await Db.Rectifications.FirstOrDefaultAsync(r => r.RatingId == change.RatingId, ct);
        if (mirror is null) Db.Rectifications.Add(mirror = Rectification.MirrorOf(change.RectificationId, rating, @case, change.OpenedAt));
        else if (!mirror.Mirror || mirror.Id != change.RectificationId)
            throw new FederationRefusedException($"rectification {change.RectificationId} is not the one kept here for rating {change.RatingId}");
        mirror.Follow(state);
        Db.Steps.Add(RectificationStep.Of(mirror.Id, change.Step, envelope.Signer ?? envelope.Source, change.At));
    }
}
