using Linkage.Contracts.Events.Ratings;
using Linkage.Kernel;
using Linkage.Messaging;
using Linkage.Ratings.Domain;
using Linkage.Ratings.Persistence;
using Linkage.ServiceDefaults.Auth;
using Linkage.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Ratings.Features.RateCase;

/// <summary>The applicant rates their finished case once per channel; a bad rating opens a rectification;
/// CaseRated goes out through the outbox in the same transaction.</summary>
public sealed class RateCaseHandler(RatingsDbContext db, RectificationDeadlineRule deadlines, TimeProvider clock)
{
    public async Task<Results<Created<RatingView>, InvalidRequest, ProblemHttpResult>> HandleAsync(
        RateCaseRequest request, string? idempotencyKey, CallerContext caller, CancellationToken ct)
    {
        if (idempotencyKey is { Length: > RatingLimits.IdempotencyKeyLength })
            return Problems.Invalid("idempotencyKey", $"The Idempotency-Key header is at most {RatingLimits.IdempotencyKeyLength} characters.");
        if (await RatingReplay.FindAsync(db, caller.Subject, idempotencyKey, ct) is { } earlier) return Created(earlier);

        var (input, errors) = RateCaseValidator.Validate(request);
        if (input is null) return Problems.Invalid(errors);
        var @case = await db.Cases.AsNoTracking().RateableBy(caller.IdDigest).FirstOrDefaultAsync(c => c.Id == input.CaseId, ct);
        if (@case is null) return Problems.NotFound($"Case {input.CaseId}");
        if (!CaseMustBeCompletedRule.Allows(@case)) return Problems.Conflict(CaseMustBeCompletedRule.Message);
        if (await db.Ratings.Earlier(@case.Id, input.Channel).AnyAsync(ct)) return Problems.Conflict(OncePerChannelRule.Message);

        var now = clock.GetUtcNow();
        var today = ChinaTime.ToLocalDate(now);
        var rating = Rating.Give(@case, input, caller.Subject, idempotencyKey, now, today);
        var rectification = rating.IsBad ? Rectification.OpenFor(rating, @case, deadlines.DeadlineFor(today)) : null;
        db.Ratings.Add(rating);
        if (rectification is not null) db.Rectifications.Add(rectification);
        db.Publish(new CaseRated(rating.Id, @case.Id, rating.Grade, rating.Channel.WireName(), @case.HandlingOrgUnitId,
            @case.HandlingDivision, now), @case.Id.ToString());

        var saved = await RatingWrite.SaveAsync(db, ct);
        if (saved == RatingWrite.Outcome.RatedAlready) return Problems.Conflict(OncePerChannelRule.Message);
        if (saved == RatingWrite.Outcome.Replayed && await RatingReplay.FindAsync(db, caller.Subject, idempotencyKey, ct) is { } first)
            return Created(first);
        return Created((rating, rectification));
    }

    private static Created<RatingView> Created((Rating Rating, Rectification? Rectification) r) =>
        TypedResults.Created((string?)null, RatingView.From(r.Rating, r.Rectification));
}
