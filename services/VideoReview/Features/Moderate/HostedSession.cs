using Linkage.VideoReview.Domain;
using Linkage.VideoReview.Features.Shared;
using Linkage.VideoReview.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Linkage.VideoReview.Features.Moderate;

/// <summary>A live session the caller hosts, with one of its valid tickets; otherwise the problem to answer.</summary>
public static class HostedSession
{
    public static async Task<(ReviewSession? Session, JoinTicket? Ticket, ProblemHttpResult? Problem)> FindAsync(
        VideoReviewDbContext db, CallerContext caller, Guid id, Guid ticketId, DateTimeOffset now, CancellationToken ct)
    {
        var session = await db.Sessions.VisibleTo(db.Plans, caller).FirstOrDefaultAsync(s => s.Id == id, ct);
        if (session is null) return (null, null, Problems.NotFound($"Session {id}"));
        if (!session.IsHost(caller))
            return (null, null, SessionProblems.Forbidden("Only the session's host moderates."));
        var ticket = await db.Tickets.FirstOrDefaultAsync(t => t.Id == ticketId && t.SessionId == id, ct);
        if (ticket is null || !ticket.IsValidAt(now)) return (null, null, Problems.NotFound($"Ticket {ticketId}"));
        return session.Room is null ? (null, null, Problems.Conflict("The session has ended.")) : (session, ticket, null);
    }
}
