using Linkage.Ratings.Domain;
using Linkage.Ratings.Features.RelayedRectifications;

namespace Linkage.Ratings.Features.Rectifications;

public static class FollowUpStep
{
    public static Task<Results<Ok<RectificationView>, InvalidRequest, ProblemHttpResult>> RunAsync(
        StepRunner run, Guid id, FollowUpRequest body, CallerContext caller, CancellationToken ct)
    {
        var errors = new FieldErrors();
        errors.Require(body.Grade is { } g && Grade.IsValid(g), "grade", "The grade must be 1 (非常不满意) to 5 (非常满意).");
        var comment = string.IsNullOrWhiteSpace(body.Comment) ? null : body.Comment.Trim();
        errors.Require(comment is null || comment.Length <= RatingLimits.CommentLength, "comment", $"At most {RatingLimits.CommentLength} characters.");
        return run.RunAsync(id, RectificationSteps.FollowUp, caller, errors, null, (r, now) =>
        {
            if (r.Mirror) return Task.FromResult(MirrorFollowUp.Send(run.Db, r, body.Grade!.Value, comment, now));
            r.FollowUp(body.Grade!.Value, comment, now);
            Outcomes.Closed(run.Db, r);
            return Task.FromResult<ProblemHttpResult?>(null);
        }, ct);
    }
}
