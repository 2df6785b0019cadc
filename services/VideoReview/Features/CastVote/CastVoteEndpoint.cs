using Linkage.Messaging;
using Linkage.VideoReview.Domain;
using Linkage.VideoReview.Features.ConcludeSession;
using Linkage.VideoReview.Features.Shared;
using Linkage.VideoReview.Persistence;
using Linkage.ServiceDefaults.Audit;
using Microsoft.EntityFrameworkCore;

namespace Linkage.VideoReview.Features.CastVote;

public static class CastVoteEndpoint
{
    public static void Map(RouteGroupBuilder api) => api
        .MapPost("/sessions/{id:guid}/votes", Handle)
        .RequireAuthorization(p => p.RequireRole(ReviewerRoles.All))
        .WithName("CastVideoReviewVote")
        .WithSummary("A reviewing department casts (or changes) its own vote before the session is concluded.");

    private static async Task<Results<Ok<SessionView>, InvalidRequest, ProblemHttpResult>> Handle(
        Guid id, CastVoteRequest request, HttpContext http, VideoReviewDbContext db, TimeProvider clock, CancellationToken ct) =>
        await ConcurrentSave.RetryAsync(db, () => CastAsync(id, request, http, db, clock, ct));

    private static async Task<Results<Ok<SessionView>, InvalidRequest, ProblemHttpResult>> CastAsync(
        Guid id, CastVoteRequest request, HttpContext http, VideoReviewDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var caller = http.Caller();
        var session = await db.Sessions.JoinableBy(caller).FirstOrDefaultAsync(s => s.Id == id, ct);
        if (session?.RoleOf(caller) is null) return Problems.NotFound($"Session {id}");
        if (session.SeatOf(caller) is not { } seat)
            return SessionProblems.Forbidden("Only the reviewing departments vote; the host, the recorder and the applicant's representative do not.");
        var errors = new FieldErrors();
        var input = new VoteInput(seat.OrgUnitId, seat.DepartmentId, request.Choice, request.Remark, request.Materials);
        if (VoteValidator.Validate(input, "", session, seat, errors) is not { } vote) return Problems.Invalid(errors);
        session.Advance(clock.GetUtcNow());
        if (!session.Cast(vote)) return Problems.Conflict($"The session is {session.Status.ToString().ToLowerInvariant()}; its votes are final.");
        db.Audit(caller, "video-session.voted", "video-session", session.Id.ToString(), new { vote.DepartmentId, vote.Choice });
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(SessionView.From(session));
    }
}
