using Linkage.Kernel;
using Linkage.Office.Domain;
using Linkage.Office.Features.Posts;
using Linkage.Office.Persistence;

namespace Linkage.Office.Features.Enquiries;

/// <summary>Whether the caller may act as an enquiry's owner today: they own it, or they are the B of a post whose A owns
/// it and is off today (then <c>CoveringFor</c> names that A).</summary>
public static class OwnerTurn
{
    public sealed record Turn(bool Mine, string? CoveringFor);

    public static async Task<Turn> OfAsync(OfficeDbContext db, Enquiry enquiry, CallerContext caller, DateTimeOffset now, CancellationToken ct)
    {
        if (enquiry.Status is not (EnquiryStatus.Recorded or EnquiryStatus.Accepted)) return new Turn(false, null);
        if (enquiry.Owner == caller.Subject) return new Turn(true, null);
        var worked = await Cover.PostsWorkedByAsync(db, enquiry.OrgUnitId, caller.Subject, ChinaTime.ToLocalDate(now), ct);
        var covered = worked.FirstOrDefault(w => w.Covering && w.Post.A == enquiry.Owner);
        return covered.Post is null ? new Turn(false, null) : new Turn(true, covered.Post.A);
    }
}
