using Linkage.Kernel;
using Linkage.Office.Domain;
using Linkage.Office.Features.Posts;
using Linkage.Office.Features.Shared;
using Linkage.Office.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Office.Features.Enquiries;

/// <summary>GET /inbox: the caller's open enquiries today — those they own, those handed to a post they work today,
/// and, for a B whose A is off, everything of the A's (AB角: <c>coveringFor</c> names the A).</summary>
public static class InboxEndpoint
{
    public sealed record InboxItem(EnquiryView Enquiry, string? CoveringFor);

    public static void Map(RouteGroupBuilder api) => api.MapGet("/inbox", Handle).WithName("GetOfficeInbox")
        .WithSummary("The caller's open enquiries today: their own, those handed to a post they work, and those of an A they cover (AB角).");

    private static async Task<Results<Ok<Page<InboxItem>>, ProblemHttpResult>> Handle(
        PageRequest page, HttpContext http, OfficeDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var caller = http.Caller();
        if (OfficeScope.StaffCentre(caller) is not { } centre) return Problems.NotFound("Centre");
        var worked = await Cover.PostsWorkedByAsync(db, centre, caller.Subject, ChinaTime.ToLocalDate(clock.GetUtcNow()), ct);
        var codes = worked.Select(w => w.Post.Code).ToList();
        var absentAs = worked.Where(w => w.Covering).Select(w => w.Post.A).ToList();
        var open = await db.Enquiries.AsNoTracking()
            .Where(e => e.OrgUnitId == centre && e.Status != EnquiryStatus.Closed
                && ((e.Status == EnquiryStatus.HandedOver && codes.Contains(e.WindowCode!))
                    || (e.Status != EnquiryStatus.HandedOver && (e.Owner == caller.Subject || absentAs.Contains(e.Owner)))))
            .PageAsync(page, o => o.Asc(e => e.RecordedAt).Asc(e => e.Id), ct);
        var ids = open.Items.Select(e => e.Id).ToList();
        var steps = (await db.EnquirySteps.AsNoTracking().Where(s => ids.Contains(s.EnquiryId)).ToListAsync(ct)).ToLookup(s => s.EnquiryId);
        return TypedResults.Ok(open.Map(e => new InboxItem(EnquiryView.From(e, steps[e.Id]), CoveringFor(e, worked))));
    }

    private static string? CoveringFor(Enquiry e, IReadOnlyList<(WindowPost Post, bool Covering)> worked) =>
        worked.FirstOrDefault(w => w.Covering && (e.Status == EnquiryStatus.HandedOver ? w.Post.Code == e.WindowCode : w.Post.A == e.Owner)).Post?.A;
}
