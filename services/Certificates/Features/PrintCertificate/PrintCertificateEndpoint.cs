using Linkage.Certificates.Domain;
using Linkage.Certificates.Domain.Rules;
using Linkage.Certificates.Features.Shared;
using Linkage.Certificates.Persistence;
using Linkage.Documents;
using Linkage.Kernel;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Certificates.Features.PrintCertificate;

/// <summary>The printable licence (PDF) with the QR code anyone can verify; scoped like the certificate. Only a valid,
/// sealed certificate is printed: a revoked, expired or superseded one is 409 (decision 0161).</summary>
public static class PrintCertificateEndpoint
{
    public static void Map(RouteGroupBuilder api) => api.MapGet("/{identifier:regex(^\\d+\\.\\d)}/document", Handle)
        .WithName("PrintCertificate")
        .WithSummary("The certificate as a printable PDF with its verification QR code (holder or handling subtree).");

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> Handle(
        string identifier, HttpContext http, CertificatesDbContext db, PdfRenderer renderer, TimeProvider clock,
        CancellationToken ct)
    {
        var found = await db.Certificates.AsNoTracking().VisibleTo(db.CaseDepartments, http.Caller())
            .FirstOrDefaultAsync(c => c.Identifier == identifier, ct);
        if (found is null) return Problems.NotFound($"Certificate {identifier}");
        var today = ChinaTime.ToLocalDate(clock.GetUtcNow());
        var status = new EffectiveStatusPolicy(today).Of(found);
        if (status != CertificateStatus.Valid || found.Signature is null)
            return Problems.Conflict($"Certificate {identifier} is {status.ToString().ToLowerInvariant()} and not sealed as valid; it is not printed.");
        var document = CertificateDocument.For(CertificateView.From(found, today));
        return TypedResults.File(renderer.Render(document), PdfRenderer.ContentType, $"{found.Number}.pdf");
    }
}
