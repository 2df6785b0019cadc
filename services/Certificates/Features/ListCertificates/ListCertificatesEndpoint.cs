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

    private static async Task<Results<Ok<IReadOnlyList<CertificateView>>, InvalidRequest>> Handle(
        string? caseId, int? limit, HttpContext http, CertificatesDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var query = db.Certificates.AsNoTracking().VisibleTo(db.CaseDepartments, http.Caller());
        if (caseId is not null)
        {
            if (!Guid.TryParse(caseId, out var id)) return Problems.Invalid("caseId", "Not a case id (a UUID).");
            query = query.Where(c => c.CaseId == id);
        }
        var found = await query.OrderByDescending(c => c.IssuedAt).Take(Math.Clamp(limit ?? 50, 1, 500)).ToListAsync(ct);
        var today = ChinaTime.ToLocalDate(clock.GetUtcNow());
        return TypedResults.Ok<IReadOnlyList<CertificateView>>(found.Select(c => CertificateView.From(c, today)).ToList());
    }
}
