using Linkage.Office.Domain;
using Linkage.Office.Features.Shared;
using Linkage.Office.Persistence;
using Linkage.ServiceDefaults.Json;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Office.Features.Enquiries;

/// <summary>GET /enquiries: the centre's enquiry desk (its staff) or the subtree's (supervisors), newest first.</summary>
public static class ListEnquiriesEndpoint
{
    public static void Map(RouteGroupBuilder api) => api.MapGet("/enquiries", Handle).WithName("ListEnquiries")
        .WithSummary("The enquiry desk (首问负责) of the caller's centre or subtree, newest first.");

    private static async Task<Results<Ok<Page<EnquiryView>>, InvalidRequest>> Handle(
        [OneOf<EnquiryStatus>] string? status, PageRequest page, HttpContext http, OfficeDbContext db, CancellationToken ct)
    {
        var enquiries = db.Enquiries.AsNoTracking().VisibleTo(http.Caller());
        if (status is not null)
        {
            if (!KebabEnum.TryParse<EnquiryStatus>(status, out var wanted))
                return Problems.Invalid("status", "Use recorded, handed-over, accepted or closed.");
            enquiries = enquiries.Where(e => e.Status == wanted);
        }
        var rows = await enquiries.PageAsync(page, o => o.Desc(e => e.RecordedAt).Asc(e => e.Id), ct);
        var ids = rows.Items.Select(e => e.Id).ToList();
        var steps = (await db.EnquirySteps.AsNoTracking().Where(s => ids.Contains(s.EnquiryId)).ToListAsync(ct)).ToLookup(s => s.EnquiryId);
        return TypedResults.Ok(rows.Map(e => EnquiryView.From(e, steps[e.Id])));
    }
}
