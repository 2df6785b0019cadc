using Linkage.VideoReview.Domain;
using Linkage.VideoReview.Features.Shared;
using Linkage.VideoReview.Media;
using Linkage.VideoReview.Persistence;
using Linkage.ServiceDefaults.Audit;

namespace Linkage.VideoReview.Features.Moderate;

public static class KickEndpoint
{
    public static void Map(RouteGroupBuilder api) => api
        .MapPost("/sessions/{id:guid}/tickets/{ticketId:guid}/kick", Handle)
        .RequireAuthorization(p => p.RequireRole(ReviewerRoles.All))
        .WithName("KickVideoReviewParticipant")
        .WithSummary("The host removes a participant: their stream ends and their ticket no longer admits them.");

    private static async Task<Results<NoContent, ProblemHttpResult, VideoUnavailable>> Handle(
        Guid id, Guid ticketId, HttpContext http, VideoReviewDbContext db, IMediaServer media, TimeProvider clock, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var (session, ticket, problem) = await HostedSession.FindAsync(db, http.Caller(), id, ticketId, now, ct);
        if (problem is not null) return problem;
        try
        {
            await media.DisallowAsync(session!.Room!, ticket!.Token, ct);
            await media.KickAsync(session.Room!, ticket.FeedId, ct);
        }
        catch (MediaServerUnavailableException e)
        {
            return VideoUnavailable.Because(e);
        }
        ticket.Revoke(TicketRevocation.Kicked, now);
        db.Audit(http.Caller(), "video-session.kicked", "video-session", session.Id.ToString(), new { ticket = ticket.Id, ticket.Subject });
        await db.SaveChangesAsync(ct);
        return TypedResults.NoContent();
    }
}
