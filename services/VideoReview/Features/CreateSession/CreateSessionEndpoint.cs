using Linkage.VideoReview.Features.Shared;
using Microsoft.AspNetCore.Mvc;

namespace Linkage.VideoReview.Features.CreateSession;

public static class CreateSessionEndpoint
{
    public static void Map(RouteGroupBuilder api) => api
        .MapPost("/sessions", Handle)
        .RequireAuthorization(p => p.RequireRole(ReviewerRoles.All))
        .WithName("CreateVideoReviewSession")
        .WithSummary("Schedule a remote video review session (joint review, site inspection, bid evaluation) on a case.");

    private static Task<Results<Created<SessionView>, InvalidRequest, ProblemHttpResult, VideoUnavailable>> Handle(
        CreateSessionRequest request,
        [FromHeader(Name = "Idempotency-Key")] string? idempotencyKey,
        HttpContext http,
        CreateSessionHandler handler,
        CancellationToken ct) =>
        handler.HandleAsync(request, idempotencyKey, http.Caller(), ct);
}
