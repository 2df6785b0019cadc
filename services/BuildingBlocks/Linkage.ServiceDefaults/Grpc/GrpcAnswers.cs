using Grpc.Core;
using Linkage.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Linkage.ServiceDefaults.Grpc;

/// <summary>A feature handler's typed REST answer as a gRPC answer (decision 0570): the value of a 2xx, else the
/// status REST would give as an <see cref="RpcException"/> — 422 INVALID_ARGUMENT naming every field (also in the
/// <c>invalid-fields</c> trailer), 404 NOT_FOUND, 409 ABORTED, 403 PERMISSION_DENIED.</summary>
public static class GrpcAnswers
{
    public const string InvalidFieldsTrailer = "invalid-fields";

    public static T ValueOf<T>(IResult answer) => (answer is INestedHttpResult nested ? nested.Result : answer) switch
    {
        IValueHttpResult<T> { Value: { } value } and IStatusCodeHttpResult { StatusCode: >= 200 and < 300 } => value,
        InvalidRequest invalid => throw Invalid(invalid.Value.Errors),
        ProblemHttpResult problem => throw new RpcException(new Status(CodeOf(problem.StatusCode), problem.ProblemDetails.Detail ?? problem.ProblemDetails.Title ?? "")),
        _ => throw new RpcException(new Status(StatusCode.Internal, $"Unexpected answer {answer.GetType().Name}.")),
    };

    public static RpcException Invalid(string field, string message) => Invalid(new FieldErrors().Add(field, message).ToDictionary());

    public static RpcException Invalid(IDictionary<string, string[]> errors)
    {
        var detail = string.Join("; ", errors.Select(e => $"{e.Key}: {string.Join(" ", e.Value)}"));
        return new RpcException(new Status(StatusCode.InvalidArgument, detail),
            new Metadata { { InvalidFieldsTrailer, string.Join(",", errors.Keys) } });
    }

    public static StatusCode CodeOf(int status) => status switch
    {
        StatusCodes.Status400BadRequest or StatusCodes.Status422UnprocessableEntity => StatusCode.InvalidArgument,
        StatusCodes.Status401Unauthorized => StatusCode.Unauthenticated,
        StatusCodes.Status403Forbidden => StatusCode.PermissionDenied,
        StatusCodes.Status404NotFound => StatusCode.NotFound,
        StatusCodes.Status409Conflict => StatusCode.Aborted,
        StatusCodes.Status429TooManyRequests => StatusCode.ResourceExhausted,
        StatusCodes.Status503ServiceUnavailable => StatusCode.Unavailable,
        _ => StatusCode.Unknown,
    };
}
