using Linkage.Messaging;
using Linkage.VideoReview.Domain;
using Linkage.VideoReview.Features.Shared;
using Linkage.VideoReview.Media;
using Linkage.VideoReview.Messaging;
using Linkage.VideoReview.Persistence;
using Linkage.ServiceDefaults.Audit;
using Microsoft.EntityFrameworkCore;

namespace Linkage.VideoReview.Features.ConcludeSession;

public static class ConcludeSessionEndpoint
{
    private const string ConcludedAlready = "The session is concluded already; a conclusion is never rewritten.";

    public static void Map(RouteGroupBuilder api) => api
        .MapPost("/sessions/{id:guid}/conclusion", Handle)
        .RequireAuthorization(p => p.RequireRole(ReviewerRoles.All))
        .WithName("ConcludeVideoReviewSession")
        .WithSummary("Record the session's minutes, votes and decision; once.");

    private static async Task<Results<Ok<SessionView>, InvalidRequest, ProblemHttpResult>> Handle(
        Guid id, ConcludeSessionRequest request, HttpContext http, VideoReviewDbContext db, IMediaServer media, TimeProvider clock,
        CancellationToken ct) =>
        await ConcurrentSave.RetryAsync(db, () => ConcludeAsync(id, request, http, db, media, clock, ct));

    private static async Task<Results<Ok<SessionView>, InvalidRequest, ProblemHttpResult>> ConcludeAsync(
        Guid id, ConcludeSessionRequest request, HttpContext http, VideoReviewDbContext db, IMediaServer media, TimeProvider clock,
        CancellationToken ct)
    {
        var caller = http.Caller();
        var session = await db.Sessions.JoinableBy(caller).FirstOrDefaultAsync(s => s.Id == id, ct);
        if (session is null) return Problems.NotFound($"Session {id}");
        if (session.RoleOf(caller) is not { } role) return Problems.NotFound($"Session {id}");
        if (!role.MayConclude())
            return SessionProblems.Forbidden("The applicant's representative takes part but does not conclude the session.");
        var now = clock.GetUtcNow();
        session.Advance(now);
        if (session.Status == SessionStatus.Concluded) return Problems.Conflict(ConcludedAlready);
        if (!session.Status.IsLive()) return Problems.Conflict($"The session is {session.Status.ToString().ToLowerInvariant()}; it cannot be concluded.");
        var (conclusion, errors) = ConcludeSessionValidator.Validate(request, session, session.SeatOf(caller));
        if (conclusion is null) return Problems.Invalid(errors);
        session.Conclude(conclusion, caller.Subject, now);
        db.Publish(SessionEvents.Concluded(session), session.Id.ToString());
        db.Audit(caller, "video-session.concluded", "video-session", session.Id.ToString(), new { caseId = session.CaseId, conclusion.Decision });
        await RoomCloser.CloseAsync(db, media, session, now, ct); // Janus down: the sweep destroys the room later
        await db.SaveChangesAsync(ct); // a concurrent change (xmin): the retry reads it, e.g. another conclusion won
        return TypedResults.Ok(SessionView.From(session));
    }
}
