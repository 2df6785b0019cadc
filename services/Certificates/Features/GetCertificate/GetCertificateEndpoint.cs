using Linkage.Certificates.Features.Shared;
using Linkage.Certificates.Persistence;
using Linkage.Kernel;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Certificates.Features.GetCertificate;

public static class GetCertificateEndpoint
{
    /// <summary>Identifiers start with the GB/T 36904 arc ("1.2.156.…"); the constraint leaves sibling paths such as
    /// <c>/api/certificates/openapi.json</c> to their own endpoints.</summary>
    public static void Map(RouteGroupBuilder api) => api.MapGet("/{identifier:regex(^\\d+\\.\\d)}", Handle)
        .WithName("GetCertificate")
        .WithSummary("One certificate by its licence identifier (holder or staff of the handling subtree).");

    private static async Task<Results<Ok<CertificateView>, ProblemHttpResult>> Handle(
        string identifier, HttpContext http, CertificatesDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var found = await db.Certificates.AsNoTracking().VisibleTo(db.CaseDepartments, http.Caller())
            .FirstOrDefaultAsync(c => c.Identifier == identifier, ct);
        return found is null
            ? Problems.NotFound($"Certificate {identifier}")
            : TypedResults.Ok(CertificateView.From(found, ChinaTime.ToLocalDate(clock.GetUtcNow())));
    }
}
