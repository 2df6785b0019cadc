using System.Reflection;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;

namespace Linkage.ServiceDefaults.Problems;

/// <summary>422 with RFC 7807 validation problem details: the request was well formed but its content is not
/// acceptable; <c>errors</c> names every failing field. (ASP.NET's ValidationProblem is fixed at 400.)</summary>
public sealed class InvalidRequest(HttpValidationProblemDetails problem)
    : IResult, IStatusCodeHttpResult, IValueHttpResult, IValueHttpResult<HttpValidationProblemDetails>, IEndpointMetadataProvider
{
    public HttpValidationProblemDetails Value { get; } = problem;

    object? IValueHttpResult.Value => Value;

    public int StatusCode => StatusCodes.Status422UnprocessableEntity;

    int? IStatusCodeHttpResult.StatusCode => StatusCode;

    public Task ExecuteAsync(HttpContext httpContext)
    {
        httpContext.Response.StatusCode = StatusCode;
        return httpContext.RequestServices.GetService(typeof(IProblemDetailsService)) is IProblemDetailsService problems
            ? problems.WriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = Value }).AsTask()
            : httpContext.Response.WriteAsJsonAsync(Value, (System.Text.Json.JsonSerializerOptions?)null, "application/problem+json");
    }

    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) =>
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status422UnprocessableEntity,
            typeof(HttpValidationProblemDetails), ["application/problem+json"]));
}
