using Linkage.Messaging;
using Linkage.VideoReview.Domain;
using Linkage.VideoReview.Features.Shared;
using Linkage.VideoReview.Media;
using Linkage.VideoReview.Persistence;
using Linkage.ServiceDefaults.Audit;
using Microsoft.EntityFrameworkCore;

namespace Linkage.VideoReview.Features.JoinSession;

public static class JoinSessionEndpoint
{
    public static void Map(RouteGroupBuilder api) => api
        .MapPost("/sessions/{id:guid}/join", Handle)
        .RequireAuthorization()
        .WithName("JoinVideoReviewSession")
        .WithSummary("A short-lived join ticket for the session's video room, for its host and participants only.");

    private static async Task<Results<Ok<TicketView>, ProblemHttpResult, VideoUnavailable>> Handle(
        Guid id, HttpContext http, VideoReviewDbContext db, IMediaServer media, JoinSettings settings, TimeProvider clock,
        CancellationToken ct) =>
        await ConcurrentSave.RetryAsync(db, () => JoinAsync(id, http, db, media, settings, clock, ct));

    private static async Task<Results<Ok<TicketView>, ProblemHttpResult, VideoUnavailable>> JoinAsync(
        Guid id, HttpContext http, VideoReviewDbContext db, IMediaServer media, JoinSettings settings, TimeProvider clock,
        CancellationToken ct)
    {
        var caller = http.Caller();
        var session = await db.Sessions.JoinableBy(caller).FirstOrDefaultAsync(s => s.Id == id, ct);
        if (session?.RoleOf(caller) is not { } role) return Problems.NotFound($"Session {id}");
        var now = clock.GetUtcNow();
        if (!session.Join(now) || session.Room is not { } room)
            return Problems.Conflict($"The session is {session.Status.ToString().ToLowerInvariant()}: it can be joined from " +
                $"{SessionWindow.OpensBefore.TotalMinutes:0} minutes before its time until it ends.");
        var ticket = JoinTicket.Issue(session.Id, caller.Subject, caller.Name, role, now, settings.TicketLifetime);
        try
        {
            await media.AllowAsync(room, ticket.Token, ct);
        }
        catch (MediaServerUnavailableException e)
        {
            return VideoUnavailable.Because(e);
        }
        db.Tickets.Add(ticket);
        db.Audit(caller, "video-session.joined", "video-session", session.Id.ToString(), new { ticket = ticket.Id, role });
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(new TicketView(ticket.Id, session.Id, role, caller.Name, settings.PublicUrl!, room.Id, room.Pin,
            ticket.Token, ticket.FeedId, ticket.ExpiresAt, room.Recorded));
    }
}
