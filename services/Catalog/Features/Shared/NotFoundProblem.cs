namespace Linkage.Catalog.Features.Shared;

/// <summary>A 404 problem that names the field whose value referred to nothing, like a 422 does.</summary>
public static class NotFoundProblem
{
    public static ProblemHttpResult Field(string field, string what) => TypedResults.Problem(
        detail: $"{what} was not found.",
        statusCode: StatusCodes.Status404NotFound,
        title: "Not found",
        extensions: new Dictionary<string, object?>
        {
            ["errors"] = new Dictionary<string, string[]> { [field] = [$"{what} was not found."] },
        });
}
