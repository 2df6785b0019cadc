using Linkage.Documents;
using Linkage.Intake.Features.Shared;
using Linkage.Intake.Persistence;
using Linkage.Kernel;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Intake.Features.Documents;

/// <summary>The printable slip or notice of a case (PDF), scoped like the case: the one its status carries
/// (acceptance-slip, missing-materials-notice, refusal-notice, supplement-notice, termination-notice).</summary>
public static class CaseDocumentEndpoint
{
    public static void Map(RouteGroupBuilder api) => api.MapGet("/cases/{id:guid}/documents/{kind}", Handle)
        .WithName("GetCaseDocument")
        .WithSummary("The case's current slip or notice as a printable PDF with a QR code to the case status.");

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> Handle(
        Guid id, string kind, HttpContext http, IntakeDbContext db, PdfRenderer renderer, DocumentSettings settings,
        TimeProvider clock, CancellationToken ct)
    {
        var found = await db.Cases.AsNoTracking().VisibleTo(db.CaseDepartments, http.Caller()).FirstOrDefaultAsync(c => c.Id == id, ct);
        if (found is null) return Problems.NotFound($"Case {id}");
        if (SlipView.For(found) is not { } slip || slip.Kind != kind) return Problems.NotFound($"A {kind} of case {id}");
        var statusUrl = settings.Link($"api/intake/cases/{id}");
        var document = CaseDocument.For(found, slip, statusUrl, ChinaTime.ToLocalDate(clock.GetUtcNow()));
        return TypedResults.File(renderer.Render(document), PdfRenderer.ContentType, $"{found.CaseNumber}-{kind}.pdf");
    }
}
