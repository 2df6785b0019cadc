using Linkage.Ratings.Domain.Rules;
using Linkage.Contracts.Federation;
using Linkage.Kernel;
using Linkage.Messaging;
using Linkage.Ratings.Domain;
using Linkage.Ratings.Features.Shared;
using Linkage.Ratings.Persistence;
using Linkage.ServiceDefaults.Audit;

namespace Linkage.Ratings.Features.RateCase;

/// <summary>The applicant rates their finished case through an invitation, which gives the channel and is used up; what
/// the rating sets off (<see cref="RatingFollowUps"/>) is written in the same transaction, here or, for a case another
/// deployment handled, by that deployment once the relayed rating arrives.</summary>
public sealed class RateCaseHandler(
    RatingsDbContext db, CurrentIndicatorSets sets, RegionDeadlines deadlines, FederationOptions federation, TimeProvider clock)
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
        var rectification = federation.Scope.Covers(@case!.HandlingDivision)
            ? await RatingFollowUps.StageAsync(db, deadlines, stamp!, rating, @case, today, ct)
            : Relay(rating, @case);

        db.Audit(caller, "case.rated", "rating", rating.Id.ToString(), new { caseId = @case.Id, grade = rating.Grade });
        var saved = await RatingWrite.SaveAsync(db, ct);
        if (saved == RatingWrite.Outcome.RatedAlready) return Problems.Conflict(new InvitationRatesOnceRule(invitation));
        if (saved == RatingWrite.Outcome.Replayed && await RatingReplay.FindAsync(db, caller.Subject, idempotencyKey, ct) is { } first)
            return Created(first);
        return Created((rating, rectification));
    }

    /// <summary>A case another deployment handled (forwarded from a station here): the rating goes up to its unit, signed,
    /// without who rated; the rectification, if any, opens there (decision 0628).</summary>
    private Rectification? Relay(Rating rating, RateableCase @case)
    {
        db.PublishFederated(new RatingRelayed(rating.Id, @case.Id, @case.SubmittedAtDivision, @case.HandlingDivision, rating.Channel.WireName(),
                rating.Grade, rating.IndicatorSet, rating.IndicatorSetVersion, rating.Indicators, rating.Comment, rating.RatedAt),
            new FederationRoute(RatingRelayed.Type, rating.Id.ToString(), @case.HandlingDivision));
        return null;
    }

    private static Created<RatingView> Created((Rating Rating, Rectification? Rectification) r) =>
        TypedResults.Created((string?)null, RatingView.From(r.Rating, r.Rectification));
}
