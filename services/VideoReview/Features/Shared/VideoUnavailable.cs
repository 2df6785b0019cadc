using Linkage.VideoReview.Media;
using Microsoft.AspNetCore.Http.Metadata;
using System.Reflection;

namespace Linkage.VideoReview.Features.Shared;

/// <summary>503 problem details with Retry-After when the SFU is down. Only video needs it: the session can
/// still be concluded.</summary>
public sealed class VideoUnavailable(string reason) : IResult, IStatusCodeHttpResult, IEndpointMetadataProvider
{
    public const int RetryAfterSeconds = 30;

    public int? StatusCode => StatusCodes.Status503ServiceUnavailable;

    public static VideoUnavailable Because(MediaServerUnavailableException e) => new(e.Message);

    public Task ExecuteAsync(HttpContext http)
    {
        http.Response.Headers.RetryAfter = RetryAfterSeconds.ToString();
        return TypedResults.Problem(
            $"{reason} Video is unavailable for now; try again later. The session can still be concluded without video.",
            statusCode: StatusCodes.Status503ServiceUnavailable, title: "The video server is unavailable").ExecuteAsync(http);
    }

    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) =>
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status503ServiceUnavailable, typeof(Microsoft.AspNetCore.Mvc.ProblemDetails), ["application/problem+json"]));
}
