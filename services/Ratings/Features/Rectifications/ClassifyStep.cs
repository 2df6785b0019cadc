using Linkage.Ratings.Domain;
using Linkage.Ratings.Features.Shared;
using Linkage.ServiceDefaults.Json;

namespace Linkage.Ratings.Features.Rectifications;

/// <summary>立行立改 and 解释说明 feed the result back at once; 限期整改 goes on the ledger until its deadline;
/// 申诉 waits for the supervisor. An overturned appeal cannot be appealed again.</summary>
public static class ClassifyStep
{
    public static Task<Results<Ok<RectificationView>, InvalidRequest, ProblemHttpResult>> RunAsync(
        StepRunner run, Guid id, ClassifyRequest body, CallerContext caller, CancellationToken ct)
    {
        var errors = new FieldErrors();
        if (!KebabEnum.TryParse<Resolution>(body.Resolution, out var resolution))
            errors.Add("resolution", "Use fix-at-once, ledger, explanation or appeal.");
        var text = StepText.Required(body.Text, "text", errors);
        return run.RunAsync(id, RectificationSteps.Classify, caller, errors, $"{body.Resolution}: {text}", (r, now) =>
        {
            if (resolution == Resolution.Appeal && r.AppealOverturned)
                return Task.FromResult<ProblemHttpResult?>(Problems.FieldConflict("resolution", "The appeal was overturned; the rating must be rectified or explained."));
            r.Classify(resolution, text, now);
            if (r.Status == RectificationStatus.FedBack) Outcomes.FedBack(run.Db, r);
            return Task.FromResult<ProblemHttpResult?>(null);
        }, ct);
    }
}
