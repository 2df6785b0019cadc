namespace Linkage.VideoReview.Features.Shared;

public static class SessionProblems
{
    /// <summary>In scope, but not the session's host (or not a participant): 403 with the reason.</summary>
    public static ProblemHttpResult Forbidden(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status403Forbidden, title: "Forbidden");
}
