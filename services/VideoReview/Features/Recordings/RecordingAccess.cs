using Linkage.VideoReview.Domain;
using Linkage.VideoReview.Features.Shared;
using Linkage.VideoReview.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Linkage.VideoReview.Features.Recordings;

/// <summary>Who may fetch a session's recording: its host and participants, and the supervisors of the subtree it
/// was scheduled in; not the applicant's representative. Anyone else gets 404.</summary>
public static class RecordingAccess
{
    public static async Task<ReviewSession?> FindAsync(VideoReviewDbContext db, CallerContext caller, Guid id, CancellationToken ct)
    {
        var session = await db.Sessions.AsNoTracking().JoinableBy(caller).FirstOrDefaultAsync(s => s.Id == id, ct);
        if (session is null) return null;
        var supervises = caller.Has(Roles.Supervisor) && caller.Division is { } d && session.Division.StartsWith(d.SignificantPrefix, StringComparison.Ordinal);
        return session.RoleOf(caller) is not (null or TicketRole.ApplicantRepresentative) || supervises ? session : null;
    }
}
