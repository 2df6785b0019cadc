using Linkage.Contracts.Events.Ratings;
using Linkage.Messaging;
using Linkage.Ratings.Domain;
using Linkage.Ratings.Features.RelayedRectifications;
using Linkage.Ratings.Features.Shared;
using Linkage.Ratings.Persistence;

namespace Linkage.Ratings.Features.RateCase;

/// <summary>What a rating sets off where the case was handled (谁办理、谁负责): a bad one opens a rectification with its
/// return-visit and rectification dates and asks the contact relay for the visit; CaseRated goes out through the outbox.
/// A rating taken at the station's deployment comes here by <see cref="Linkage.Ratings.Messaging.RatingRelayedHandler"/> (decision 0628).</summary>
public static class RatingFollowUps
{
    public static async Task<Rectification?> StageAsync(
        RatingsDbContext db, RegionDeadlines deadlines, string stamp, Rating rating, RateableCase @case, DateOnly today, CancellationToken ct)
    {
        var rectification = rating.IsBad ? await OpenRectificationAsync(db, deadlines, stamp, rating, @case, today, ct) : null;
        db.Publish(new CaseRated(rating.Id, @case.Id, rating.Grade, rating.Channel.WireName(), @case.HandlingOrgUnitId,
            @case.HandlingDivision, rating.RatedAt), @case.Id.ToString());
        return rectification;
    }

    private static async Task<Rectification> OpenRectificationAsync(
        RatingsDbContext db, RegionDeadlines deadlines, string stamp, Rating rating, RateableCase @case, DateOnly today, CancellationToken ct)
    {
        var (visitDue, deadline) = await deadlines.ForAsync(db, stamp, @case.HandlingDivision, today, ct);
        var rectification = Rectification.OpenFor(rating, @case, visitDue, deadline);
        db.Rectifications.Add(rectification);
        db.Steps.Add(RectificationStep.Of(rectification.Id, RectificationSteps.Assigned, "system", rating.RatedAt, @case.HandlingOrgUnitId));
        RectificationRelay.Tell(db, rectification, RectificationSteps.Assigned, rating.RatedAt);
        if (visitDue is { } due)
            db.Publish(new ReturnVisitRequested(rectification.Id, @case.ApplicantIdDigest, @case.MatterCode, @case.HandlingOrgUnitId, due),
                rectification.Id.ToString());
        return rectification;
    }
}
