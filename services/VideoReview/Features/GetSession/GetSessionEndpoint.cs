using Linkage.VideoReview.Features.Shared;
using Linkage.VideoReview.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Linkage.VideoReview.Features.GetSession;

public static class GetSessionEndpoint
{
    public static void Map(RouteGroupBuilder api) => api
        .MapGet("/sessions/{id:guid}", Handle)
        .WithName("GetVideoReviewSession")
        .WithSummary("A session with its participants and, once concluded, its minutes, votes and decision.");

    private static async Task<Results<Ok<SessionView>, ProblemHttpResult>> Handle(
        Guid id, HttpContext http, VideoReviewDbContext db, CancellationToken ct)
    {
        var session = await db.Sessions.AsNoTracking().VisibleTo(db.Plans, http.Caller()).FirstOrDefaultAsync(s => s.Id == id, ct);
        return session is null ? Problems.NotFound($"Session {id}") : TypedResults.Ok(SessionView.From(session));
    }
}
