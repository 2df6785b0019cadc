using Linkage.Fees.Domain;
using Linkage.Fees.Domain.Rules;
using Linkage.Fees.Features.Assess;
using Linkage.Fees.Persistence;
using Linkage.Kernel;
using Linkage.ServiceDefaults.Audit;
using Linkage.Fees.Features.Shared;

namespace Linkage.Fees.Features.Refunds;

/// <summary>POST /cases/{caseId}/refunds: 退费 with a reason, never above what the case has paid net of refunds.</summary>
public static class RefundEndpoint
{
    public sealed record RefundRequest(long? AmountFen, string? Reason);

    public sealed record RefundView(Guid Id, Guid CaseId, long AmountFen, string Reason, DateTimeOffset RefundedAt, long NetPaidFen);

    public static void Map(RouteGroupBuilder api) => api.MapPost("/cases/{caseId:guid}/refunds", Handle)
        .WithName("RefundCaseFee")
        .WithSummary("The handling centre's window clerk refunds part or all of what a case paid, with the reason.");

    private static async Task<Results<Created<RefundView>, InvalidRequest, ProblemHttpResult>> Handle(
        Guid caseId, RefundRequest request, HttpContext http, FeesDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var caller = http.Caller();
        var fee = await ClerkFees.FindAsync(db, caseId, caller, ct);
        if (fee is null) return Problems.NotFound($"The fee of case {caseId}");
        var errors = new FieldErrors().Check(new PositiveFenRule("amountFen", request.AmountFen),
            new NotAboveRule("amountFen", request.AmountFen, fee.NetPaidFen, "what was paid"),
            new TextRequiredRule("reason", request.Reason, FeeLimits.ReasonLength, "A refund needs its reason."));
        if (errors.Any) return Problems.Invalid(errors);

        var now = clock.GetUtcNow();
        var refund = Refund.Make(fee, request.AmountFen!.Value, request.Reason!.Trim(), caller.Subject, now, ChinaTime.ToLocalDate(now));
        db.Refunds.Add(refund);
        fee.Refund(refund.AmountFen);
        db.Audit(caller, "fee.refunded", "fee", caseId.ToString(), new { refund = refund.Id, amountFen = refund.AmountFen, reason = refund.Reason });
        if (!await FeeWrite.SavedAsync(db, ct)) return Problems.Conflict(FeeWrite.Raced);
        return TypedResults.Created((string?)null, new RefundView(refund.Id, caseId, refund.AmountFen, refund.Reason, refund.RefundedAt, fee.NetPaidFen));
    }
}
