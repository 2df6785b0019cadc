using Linkage.Office.Domain;
using Linkage.Office.Features.Shared;
using Linkage.Office.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Office.Features.Enquiries;

/// <summary>The one save path of an enquiry: its new trail lines with it, or a 409 when someone moved it meanwhile.</summary>
public static class EnquiryStore
{
    public static Task<Enquiry?> FindAsync(OfficeDbContext db, Guid id, CallerContext caller, CancellationToken ct) =>
        db.Enquiries.VisibleTo(caller).FirstOrDefaultAsync(e => e.Id == id, ct);

    public static async Task<Results<Ok<EnquiryView>, Created<EnquiryView>, InvalidRequest, ProblemHttpResult>> SaveAsync(
        OfficeDbContext db, Enquiry enquiry, bool created, CancellationToken ct)
    {
        db.EnquirySteps.AddRange(enquiry.NewSteps);
        if (!await OfficeWrite.SavedAsync(db, ct)) return Problems.Conflict(OfficeWrite.Raced);
        var steps = await db.EnquirySteps.AsNoTracking().Where(s => s.EnquiryId == enquiry.Id).ToListAsync(ct);
        var view = EnquiryView.From(enquiry, steps);
        return created ? TypedResults.Created($"/api/office/enquiries/{enquiry.Id}", view) : TypedResults.Ok(view);
    }
}
