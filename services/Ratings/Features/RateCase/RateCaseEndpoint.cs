using Microsoft.AspNetCore.Mvc;

namespace Linkage.Ratings.Features.RateCase;

public static class RateCaseEndpoint
{
    public static void Map(RouteGroupBuilder api) => api
        .MapPost("/", Handle)
        .WithName("RateCase")
        .WithMetadata(new KioskAllowed())
        .WithSummary("The applicant rates a completed case through an invitation (single-use, its channel), grade 1–5 with the national indicators; grades 1 and 2 open a rectification.");

    private static Task<Results<Created<RatingView>, InvalidRequest, ProblemHttpResult>> Handle(
        RateCaseRequest request,
        [FromHeader(Name = "Idempotency-Key")] string? idempotencyKey,
        HttpContext http,
        RateCaseHandler handler,
        CancellationToken ct) =>
        handler.HandleAsync(request, idempotencyKey, http.Caller(), ct);
}
