using Linkage.Certificates.Features.Shared;
using Linkage.Certificates.Persistence;
using Linkage.Kernel;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Certificates.Features.ListCertificates;

public static class ListCertificatesEndpoint
{
    public static void Map(RouteGroupBuilder api) => api.MapGet("/", Handle)
        .WithName("ListCertificates")
        .WithSummary("Certificates the caller may see, optionally of one case; newest first.");

    private static async Task<Results<Ok<Page<CertificateView>>, InvalidRequest>> Handle(
        string? caseId, PageRequest page, HttpContext http, CertificatesDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var query = db.Certificates.AsNoTracking().VisibleTo(db.CaseDepartments, http.Caller());
        if (caseId is not null)
        {
            if (!Guid.TryParse(caseId, out var id)) return Problems.Invalid("caseId", "Not a case id (a UUID).");
            query = query.Where(c => c.CaseId == id);
        }
        var found = await query.PageAsync(page, o => o.Desc(c => c.IssuedAt).Asc(c => c.Id), ct);
        var today = ChinaTime.ToLocalDate(clock.GetUtcNow());
        return TypedResults.Ok(found.Map(c => CertificateView.From(c, today)));
    }
}
