using Linkage.Ratings.Domain;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Ratings.Features.Rectifications;

/// <summary>申诉成立: the rating leaves the published figures, with an audit row of why, and the rectification
/// closes. 申诉不成立: back to the unit, which must now fix or explain.</summary>
public static class AppealDecisionStep
{
    public static Task<Results<Ok<RectificationView>, InvalidRequest, ProblemHttpResult>> RunAsync(
        StepRunner run, Guid id, AppealDecisionRequest body, CallerContext caller, CancellationToken ct)
    {
        var errors = new FieldErrors();
        errors.Require(body.Decision is "uphold" or "overturn", "decision", "Use uphold or overturn.");
        var reason = StepText.Required(body.Reason, "reason", errors);
        return run.RunAsync(id, RectificationSteps.AppealDecision, caller, errors, $"{body.Decision}: {reason}", async (r, now) =>
        {
            var upheld = body.Decision == "uphold";
            r.DecideAppeal(upheld, now);
            if (!upheld) return null;
            var rating = await run.Db.Ratings.FirstAsync(x => x.Id == r.RatingId, ct);
            rating.Exclude();
            run.Db.Exclusions.Add(FigureExclusion.For(r, reason!, caller.Subject, now));
            Outcomes.Closed(run.Db, r);
            return null;
        }, ct);
    }
}
