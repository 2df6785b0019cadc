using Linkage.Documents;
using Linkage.Intake.Features.Shared;
using Linkage.Intake.Persistence;
using Linkage.Kernel;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Intake.Features.Documents;

/// <summary>The printable slip or notice of a case (PDF), scoped like the case: the one its status carries
/// (acceptance-slip, missing-materials-notice, refusal-notice, supplement-notice, termination-notice), or a completed
/// case's result-notice (办结通知书, with the licence identifier).</summary>
public static class CaseDocumentEndpoint
{
    public static void Map(RouteGroupBuilder api) => api.MapGet("/cases/{id:guid}/documents/{kind}", Handle)
        .WithName("GetCaseDocument")
        .WithSummary("The case's current slip or notice, or a completed case's result-notice, as a printable PDF with a QR code to the case status.");

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> Handle(
        Guid id, string kind, HttpContext http, IntakeDbContext db, PdfRenderer renderer, DocumentSettings settings,
        TimeProvider clock, CancellationToken ct)
    {
        var found = await db.Cases.AsNoTracking().VisibleTo(db.CaseDepartments, http.Caller()).FirstOrDefaultAsync(c => c.Id == id, ct);
        if (found is null) return Problems.NotFound($"Case {id}");
        var statusUrl = settings.Link($"api/intake/cases/{id}");
        var today = ChinaTime.ToLocalDate(clock.GetUtcNow());
        var document = kind == ResultNotice.Kind ? ResultNotice.For(found, statusUrl, today)
            : SlipView.For(found) is { } slip && slip.Kind == kind ? CaseDocument.For(found, slip, statusUrl, today) : null;
        if (document is null) return Problems.NotFound($"A {kind} of case {id}");
        return TypedResults.File(renderer.Render(document), PdfRenderer.ContentType, $"{found.CaseNumber}-{kind}.pdf");
    }
}
