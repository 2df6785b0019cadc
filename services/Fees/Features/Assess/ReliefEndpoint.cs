using Linkage.Fees.Domain;
using Linkage.Fees.Domain.Rules;
using Linkage.Fees.Features.Shared;
using Linkage.Fees.Persistence;
using Linkage.ServiceDefaults.Audit;

namespace Linkage.Fees.Features.Assess;

/// <summary>POST /cases/{caseId}/reliefs: 免征 or 减征 of one fee item with its legal basis, before anything is paid.</summary>
public static class ReliefEndpoint
{
    public sealed record ReliefRequest(int? Line, ReliefKind? Kind, int? Percent, string? Basis);

    public static void Map(RouteGroupBuilder api) => api.MapPost("/cases/{caseId:guid}/reliefs", Handle)
        .WithName("RelieveCaseFee")
        .WithSummary("The window clerk exempts or reduces one fee item, naming the legal basis.");

    private static async Task<Results<Ok<FeeView>, InvalidRequest, ProblemHttpResult>> Handle(
        Guid caseId, ReliefRequest request, HttpContext http, FeesDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var fee = await ClerkFees.FindAsync(db, caseId, http.Caller(), ct);
        if (fee is null) return Problems.NotFound($"The fee of case {caseId}");
        var errors = new FieldErrors()
            .Require(request.Line is { } l && l >= 0 && l < fee.Lines.Count, "line", $"Name a fee item by its index (0 to {fee.Lines.Count - 1}).")
            .Require(request.Kind is not null, "kind", "Use 'exemption' or 'reduction'.")
            .Check(new ReductionPercentRule(request.Kind, request.Percent),
                new TextRequiredRule("basis", request.Basis, FeeLimits.ReasonLength, "A relief names its legal basis (减免依据)."));
        if (errors.Any) return Problems.Invalid(errors);
        if (fee.PaidFen > 0 || fee.Waived) return Problems.Conflict("The fee is paid or waived already; refund it instead.");

        fee.Relieve(request.Line!.Value, request.Kind!.Value, request.Percent ?? 100, request.Basis!.Trim());
        db.Audit(http.Caller(), "fee.relieved", "fee", caseId.ToString(), new { line = request.Line, kind = request.Kind, percent = request.Percent ?? 100 });
        FeeClearance.TellIfCleared(db, fee, clock.GetUtcNow());
        if (!await FeeWrite.SavedAsync(db, ct)) return Problems.Conflict(FeeWrite.Raced);
        return TypedResults.Ok(FeeView.From(fee, []));
    }
}
