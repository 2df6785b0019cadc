namespace Linkage.Ratings.Features.Shared;

/// <summary>409 answers that name the field whose state refused the request (<c>field</c> extension).</summary>
public static class StepProblems
{
    public static ProblemHttpResult Conflict(string field, string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status409Conflict, title: "Conflict",
            extensions: new Dictionary<string, object?> { ["field"] = field });
}
