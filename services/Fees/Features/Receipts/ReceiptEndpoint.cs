using Linkage.Documents;
using Linkage.Fees.Features.Shared;
using Linkage.Fees.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Fees.Features.Receipts;

public static class ReceiptEndpoint
{
    public static void Map(RouteGroupBuilder api) => api.MapGet("/payments/{id:guid}/receipt", Handle)
        .WithName("GetPaymentReceipt")
        .WithSummary("A payment's printable receipt (PDF) with its non-tax receipt number and a QR code; scoped like the case's fee.");

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> Handle(
        Guid id, HttpContext http, FeesDbContext db, PdfRenderer renderer, DocumentSettings settings, CancellationToken ct)
    {
        var payment = await db.Payments.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, ct);
        var fee = payment is null ? null
            : await db.Assessments.AsNoTracking().VisibleTo(http.Caller()).FirstOrDefaultAsync(f => f.CaseId == payment.CaseId, ct);
        if (payment is null || fee is null) return Problems.NotFound($"Payment {id}");
        var document = ReceiptDocument.For(payment, fee, settings.Link($"api/fees/cases/{fee.CaseId}"));
        return TypedResults.File(renderer.Render(document), PdfRenderer.ContentType, $"{payment.ReceiptNumber}.pdf");
    }
}
