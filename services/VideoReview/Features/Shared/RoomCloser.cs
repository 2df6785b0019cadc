using Linkage.VideoReview.Domain;
using Linkage.VideoReview.Media;
using Linkage.VideoReview.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Linkage.VideoReview.Features.Shared;

/// <summary>Ends a session's video: its tickets are revoked, their tokens leave Janus and the room is destroyed.
/// When Janus is down the tickets are revoked all the same and the sweep destroys the room later.</summary>
public static class RoomCloser
{
    public static async Task<bool> CloseAsync(VideoReviewDbContext db, IMediaServer media, ReviewSession session, DateTimeOffset now, CancellationToken ct)
    {
        var tickets = await db.Tickets.Where(t => t.SessionId == session.Id).ToListAsync(ct);
        foreach (var ticket in tickets) ticket.Revoke(TicketRevocation.SessionEnded, now);
        if (session.Room is not { } room) return true;
        try
        {
            foreach (var ticket in tickets) await DisallowAsync(media, room, ticket.Token, ct);
            await media.DestroyRoomAsync(room, ct);
            session.RoomClosed(now);
            return true;
        }
        catch (MediaServerUnavailableException)
        {
            return false;
        }
    }

    private static async Task DisallowAsync(IMediaServer media, MediaRoom room, string token, CancellationToken ct)
    {
        try
        {
            await media.DisallowAsync(room, token, ct);
        }
        catch (JanusRequestException) { } // removed already (kicked)
    }
}
