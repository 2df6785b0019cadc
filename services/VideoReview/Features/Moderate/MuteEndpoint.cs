using Linkage.VideoReview.Features.Shared;
using Linkage.VideoReview.Media;
using Linkage.VideoReview.Persistence;
using Linkage.ServiceDefaults.Audit;

namespace Linkage.VideoReview.Features.Moderate;

public static class MuteEndpoint
{
    public sealed record MuteRequest(bool Mute = true);

    public static void Map(RouteGroupBuilder api) => api
        .MapPost("/sessions/{id:guid}/tickets/{ticketId:guid}/mute", Handle)
        .RequireAuthorization(p => p.RequireRole(ReviewerRoles.All))
        .WithName("MuteVideoReviewParticipant")
        .WithSummary("The host mutes (or unmutes) a participant's microphone in the room.");

    private static async Task<Results<NoContent, ProblemHttpResult, VideoUnavailable>> Handle(
        Guid id, Guid ticketId, MuteRequest request, HttpContext http, VideoReviewDbContext db, IMediaServer media, TimeProvider clock,
        CancellationToken ct)
    {
        var (session, ticket, problem) = await HostedSession.FindAsync(db, http.Caller(), id, ticketId, clock.GetUtcNow(), ct);
        if (problem is not null) return problem;
        try
        {
            await media.MuteAsync(session!.Room!, ticket!.FeedId, request.Mute, ct);
        }
        catch (MediaServerUnavailableException e)
        {
            return VideoUnavailable.Because(e);
        }
        catch (JanusRequestException e)
        {
            return TypedResults.Problem($"The participant is not publishing audio ({e.Message}).", statusCode: StatusCodes.Status409Conflict, title: "Conflict");
        }
        db.Audit(http.Caller(), request.Mute ? "video-session.muted" : "video-session.unmuted", "video-session", session.Id.ToString(),
            new { ticket = ticket.Id, ticket.Subject });
        await db.SaveChangesAsync(ct);
        return TypedResults.NoContent();
    }
}
