using Linkage.Ratings.Domain;

namespace Linkage.Ratings.Features.Rectifications;

public static class CompleteStep
{
    public static Task<Results<Ok<RectificationView>, InvalidRequest, ProblemHttpResult>> RunAsync(
        StepRunner run, Guid id, CompleteRequest body, CallerContext caller, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var result = StepText.Required(body.Result, "result", errors);
        return run.RunAsync(id, RectificationSteps.Complete, caller, errors, result, (r, now) =>
        {
            r.FeedBack(result!, now);
            Outcomes.FedBack(run.Db, r);
            return Task.FromResult<ProblemHttpResult?>(null);
        }, ct);
    }
}
