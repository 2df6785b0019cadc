using Linkage.Ratings.Domain;

namespace Linkage.Ratings.Features.Rectifications;

public static class VisitStep
{
    public static Task<Results<Ok<RectificationView>, InvalidRequest, ProblemHttpResult>> RunAsync(
        StepRunner run, Guid id, VisitRequest body, CallerContext caller, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var note = StepText.Required(body.Note, "note", errors);
        return run.RunAsync(id, RectificationSteps.Visit, caller, errors, note, (r, now) =>
        {
            r.Visit(now);
            return Task.FromResult<ProblemHttpResult?>(null);
        }, ct);
    }
}
