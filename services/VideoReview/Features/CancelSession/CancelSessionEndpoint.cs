using Linkage.Messaging;
using Linkage.VideoReview.Features.Shared;
using Linkage.VideoReview.Media;
using Linkage.VideoReview.Persistence;
using Linkage.ServiceDefaults.Audit;
using Microsoft.EntityFrameworkCore;

namespace Linkage.VideoReview.Features.CancelSession;

public static class CancelSessionEndpoint
{
    public static void Map(RouteGroupBuilder api) => api
        .MapPost("/sessions/{id:guid}/cancellation", Handle)
        .RequireAuthorization(p => p.RequireRole(ReviewerRoles.All))
        .WithName("CancelVideoReviewSession")
        .WithSummary("The host cancels a session that has not ended; its room is destroyed.");

    private static async Task<Results<Ok<SessionView>, ProblemHttpResult>> Handle(
        Guid id, HttpContext http, VideoReviewDbContext db, IMediaServer media, TimeProvider clock, CancellationToken ct) =>
        await ConcurrentSave.RetryAsync(db, () => CancelAsync(id, http, db, media, clock, ct));

    private static async Task<Results<Ok<SessionView>, ProblemHttpResult>> CancelAsync(
        Guid id, HttpContext http, VideoReviewDbContext db, IMediaServer media, TimeProvider clock, CancellationToken ct)
    {
        var caller = http.Caller();
        var session = await db.Sessions.VisibleTo(db.Plans, caller).FirstOrDefaultAsync(s => s.Id == id, ct);
        if (session is null) return Problems.NotFound($"Session {id}");
        if (!session.IsHost(caller))
            return SessionProblems.Forbidden("Only the session's host cancels it.");
        var now = clock.GetUtcNow();
        if (!session.Cancel(now)) return Problems.Conflict($"The session is {session.Status.ToString().ToLowerInvariant()} already.");
        await RoomCloser.CloseAsync(db, media, session, now, ct);
        db.Audit(caller, "video-session.cancelled", "video-session", session.Id.ToString(), new { caseId = session.CaseId });
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(SessionView.From(session));
    }
}
