using Linkage.Kernel.Rules;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Linkage.ServiceDefaults.Problems;

/// <summary>Typed RFC 7807 answers with an <c>errors</c> map by field.</summary>
public static class Problems
{
    public static InvalidRequest Invalid(FieldErrors errors, string title = "The request is not valid.") =>
        new(new HttpValidationProblemDetails(errors.ToDictionary())
        {
            Title = title,
            Status = StatusCodes.Status422UnprocessableEntity,
            Type = "https://tools.ietf.org/html/rfc4918#section-11.2",
        });

    public static InvalidRequest Invalid(string field, string message) => Invalid(new FieldErrors().Add(field, message));

    public static ProblemHttpResult NotFound(string what) =>
        TypedResults.Problem($"{what} was not found.", statusCode: StatusCodes.Status404NotFound, title: "Not found");

    public static ProblemHttpResult Conflict(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status409Conflict, title: "Conflict");

    /// <summary>409 for a rule the state breaks: its message, and its field in a <c>field</c> extension.</summary>
    public static ProblemHttpResult Conflict(IBusinessRule broken) => FieldConflict(broken.Field, broken.Message);

    /// <summary>409 naming the field whose state refused the request, in a <c>field</c> extension.</summary>
    public static ProblemHttpResult FieldConflict(string field, string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status409Conflict, title: "Conflict",
            extensions: new Dictionary<string, object?> { ["field"] = field });
}
