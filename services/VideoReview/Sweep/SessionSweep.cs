using Linkage.VideoReview.Domain;
using Linkage.VideoReview.Features.Shared;
using Linkage.VideoReview.Media;
using Linkage.VideoReview.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Linkage.VideoReview.Sweep;

/// <summary>One pass: sessions move with the clock (open, expired); ended sessions' rooms that are still on the SFU
/// (Janus was down when they ended) are destroyed; unused tickets past their lifetime are revoked and leave Janus,
/// while a ticket whose holder is in the room is extended.</summary>
public sealed class SessionSweep(VideoReviewDbContext db, IMediaServer media, JoinSettings settings, TimeProvider clock)
{
    private const int Batch = 100;

    public async Task RunAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var live = await db.Sessions
            .Where(s => s.Status == SessionStatus.Scheduled && s.ScheduledAt <= now + SessionWindow.OpensBefore
                || (s.Status == SessionStatus.Open || s.Status == SessionStatus.InProgress) && s.ScheduledAt < now - SessionWindow.ExpiresAfter)
            .Take(Batch).ToListAsync(ct);
        foreach (var session in live) session.Advance(now);
        await db.SaveChangesAsync(ct);

        var abandoned = await db.Sessions
            .Where(s => s.RoomId != null && s.RoomClosedAt == null
                && (s.Status == SessionStatus.Concluded || s.Status == SessionStatus.Expired || s.Status == SessionStatus.Cancelled))
            .Take(Batch).ToListAsync(ct);
        foreach (var session in abandoned)
            if (!await RoomCloser.CloseAsync(db, media, session, now, ct)) break;
        await db.SaveChangesAsync(ct);

        await ExpireTicketsAsync(now, ct);
    }

    private async Task ExpireTicketsAsync(DateTimeOffset now, CancellationToken ct)
    {
        var due = await db.Tickets.Where(t => t.RevokedAt == null && t.ExpiresAt <= now).Take(Batch).ToListAsync(ct);
        foreach (var group in due.GroupBy(t => t.SessionId))
        {
            var session = await db.Sessions.FirstAsync(s => s.Id == group.Key, ct);
            if (session.Room is not { } room) continue; // closed with the session
            var inRoom = (await media.ParticipantsAsync(room, ct)).Select(p => p.FeedId).ToHashSet();
            foreach (var ticket in group)
            {
                if (inRoom.Contains(ticket.FeedId)) { ticket.Extend(now, settings.TicketLifetime); continue; }
                await media.DisallowAsync(room, ticket.Token, ct);
                ticket.Revoke(TicketRevocation.Expired, now);
            }
            await db.SaveChangesAsync(ct);
        }
    }
}
