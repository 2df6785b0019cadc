using Linkage.Fees.Features.Shared;
using Linkage.Fees.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Fees.Features.Assess;

public static class GetFeeEndpoint
{
    public static void Map(RouteGroupBuilder api) => api.MapGet("/cases/{caseId:guid}", Handle)
        .WithName("GetCaseFee")
        .WithSummary("A case's fee: items with their basis and any relief, what is due, paid, refunded and outstanding.");

    private static async Task<Results<Ok<FeeView>, ProblemHttpResult>> Handle(Guid caseId, HttpContext http, FeesDbContext db, CancellationToken ct)
    {
        var fee = await db.Assessments.AsNoTracking().VisibleTo(http.Caller()).FirstOrDefaultAsync(f => f.CaseId == caseId, ct);
        if (fee is null) return Problems.NotFound($"The fee of case {caseId}");
        var payments = await db.Payments.AsNoTracking().Where(p => p.CaseId == caseId).ToListAsync(ct);
        return TypedResults.Ok(FeeView.From(fee, payments));
    }
}
