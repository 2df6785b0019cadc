using Linkage.Ratings.Domain;
using Linkage.Ratings.Features.RelayedRectifications;
using Linkage.Ratings.Features.Shared;
using Linkage.Ratings.Persistence;
using Linkage.ServiceDefaults.Audit;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Ratings.Features.Rectifications;

/// <summary>Runs one step of the loop: valid input (422), the caller's own rectification (404), in order (409), then
/// the step, its record (who, when) and its events saved together. Refused steps change nothing.</summary>
public sealed class StepRunner(RatingsDbContext db, TimeProvider clock)
{
    public delegate Task<ProblemHttpResult?> Step(Rectification rectification, DateTimeOffset now);

    public RatingsDbContext Db => db;

    public async Task<Results<Ok<RectificationView>, InvalidRequest, ProblemHttpResult>> RunAsync(
        Guid id, string step, CallerContext caller, FieldErrors errors, string? note, Step apply, CancellationToken ct)
    {
        if (errors.Any) return Problems.Invalid(errors);
        var rectification = await db.Rectifications.ActionableBy(caller, step).FirstOrDefaultAsync(r => r.Id == id, ct);
        if (rectification is null) return Problems.NotFound($"Rectification {id}");
        if (RectificationSteps.OutOfOrder(rectification, step) is { } outOfOrder) return Problems.FieldConflict("status", outOfOrder);

        var now = clock.GetUtcNow();
        if (await apply(rectification, now) is { } refused) return refused;
        var by = step == RectificationSteps.FollowUp ? "rater" : caller.Subject; // the unit's view never names the rater
        db.Steps.Add(RectificationStep.Of(rectification.Id, step, by, now, note));
        RectificationRelay.Tell(db, rectification, step, now);
        db.Audit(caller, "rectification." + step, "rectification", rectification.Id.ToString(), new { ratingId = rectification.RatingId });
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Problems.FieldConflict("status", "The rectification was changed meanwhile; reload it and try again.");
        }
        return TypedResults.Ok(RectificationView.From(rectification));
    }
}
