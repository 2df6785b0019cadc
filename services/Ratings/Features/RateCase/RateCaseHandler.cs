using Linkage.Ratings.Domain.Rules;
using Linkage.Contracts.Events.Ratings;
using Linkage.Kernel;
using Linkage.Messaging;
using Linkage.Ratings.Domain;
using Linkage.Ratings.Features.Shared;
using Linkage.Ratings.Persistence;
using Linkage.ServiceDefaults.Audit;

namespace Linkage.Ratings.Features.RateCase;

/// <summary>The applicant rates their finished case through an invitation, which gives the channel and is used up;
/// a bad rating opens a rectification with its return-visit and rectification dates and asks the contact relay for
/// the visit; CaseRated goes out through the outbox in the same transaction.</summary>
public sealed class RateCaseHandler(RatingsDbContext db, CurrentIndicatorSets sets, RegionDeadlines deadlines, TimeProvider clock)
{
    public async Task<Results<Created<RatingView>, InvalidRequest, ProblemHttpResult>> HandleAsync(
        RateCaseRequest request, string? idempotencyKey, CallerContext caller, CancellationToken ct)
    {
        if (idempotencyKey is { Length: > RatingLimits.IdempotencyKeyLength })
            return Problems.Invalid("idempotencyKey", $"The Idempotency-Key header is at most {RatingLimits.IdempotencyKeyLength} characters.");
        if (await RatingReplay.FindAsync(db, caller.Subject, idempotencyKey, ct) is { } earlier) return Created(earlier);

        var (input, errors) = RateCaseValidator.Validate(request);
        if (input is null) return Problems.Invalid(errors);
        var now = clock.GetUtcNow();
        var (invitation, @case, stamp, problem) = await InvitationLookup.FindAsync(db, input, caller, now, ct);
        if (problem is not null) return problem;
        var set = await IndicatorCheck.SetForAsync(db, sets, stamp!, invitation!.Channel, input, errors, ct);
        if (set is null) return Problems.Invalid(errors);

        var today = ChinaTime.ToLocalDate(now);
        var rating = Rating.Give(@case!, invitation, set, input, caller.Subject, idempotencyKey, now, today);
        invitation.Use(rating);
        db.Ratings.Add(rating);
        var rectification = rating.IsBad ? await OpenRectificationAsync(rating, @case!, stamp!, today, ct) : null;
        db.Publish(new CaseRated(rating.Id, @case!.Id, rating.Grade, rating.Channel.WireName(), @case.HandlingOrgUnitId,
            @case.HandlingDivision, now), @case.Id.ToString());

        db.Audit(caller, "case.rated", "rating", rating.Id.ToString(), new { caseId = @case.Id, grade = rating.Grade });
        var saved = await RatingWrite.SaveAsync(db, ct);
        if (saved == RatingWrite.Outcome.RatedAlready) return Problems.Conflict(new InvitationRatesOnceRule(invitation));
        if (saved == RatingWrite.Outcome.Replayed && await RatingReplay.FindAsync(db, caller.Subject, idempotencyKey, ct) is { } first)
            return Created(first);
        return Created((rating, rectification));
    }

    private async Task<Rectification> OpenRectificationAsync(Rating rating, RateableCase @case, string stamp, DateOnly today, CancellationToken ct)
    {
        var (visitDue, deadline) = await deadlines.ForAsync(db, stamp, @case.HandlingDivision, today, ct);
        var rectification = Rectification.OpenFor(rating, @case, visitDue, deadline);
        db.Rectifications.Add(rectification);
        db.Steps.Add(RectificationStep.Of(rectification.Id, "assigned", "system", rating.RatedAt, @case.HandlingOrgUnitId));
        if (visitDue is { } due)
            db.Publish(new ReturnVisitRequested(rectification.Id, @case.ApplicantIdDigest, @case.MatterCode, @case.HandlingOrgUnitId, due),
                rectification.Id.ToString());
        return rectification;
    }

    private static Created<RatingView> Created((Rating Rating, Rectification? Rectification) r) =>
        TypedResults.Created((string?)null, RatingView.From(r.Rating, r.Rectification));
}
