using Linkage.Fees.Domain.Rules;
using Linkage.Fees.Features.Shared;
using Linkage.Fees.Persistence;
using Linkage.ServiceDefaults.Audit;

namespace Linkage.Fees.Features.Assess;

/// <summary>POST /cases/{caseId}/waiver: the whole fee is waived (免收), only with a reason; the case may then
/// complete unpaid.</summary>
public static class WaiveEndpoint
{
    public sealed record WaiverRequest(string? Reason);

    public static void Map(RouteGroupBuilder api) => api.MapPost("/cases/{caseId:guid}/waiver", Handle)
        .WithName("WaiveCaseFee")
        .WithSummary("The window clerk waives a case's fee, giving the reason.");

    private static async Task<Results<Ok<FeeView>, InvalidRequest, ProblemHttpResult>> Handle(
        Guid caseId, WaiverRequest request, HttpContext http, FeesDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var caller = http.Caller();
        var fee = await ClerkFees.FindAsync(db, caseId, caller, ct);
        if (fee is null) return Problems.NotFound($"The fee of case {caseId}");
        var errors = new FieldErrors().Check(new TextRequiredRule("reason", request.Reason, FeeLimits.ReasonLength, "A waived fee needs its reason."));
        if (errors.Any) return Problems.Invalid(errors);
        if (fee.PaidFen > 0 || fee.Waived) return Problems.Conflict("The fee is paid or waived already.");

        fee.Waive(request.Reason!.Trim(), caller.Subject);
        db.Audit(caller, "fee.waived", "fee", caseId.ToString(), new { reason = request.Reason!.Trim() });
        FeeClearance.TellIfCleared(db, fee, clock.GetUtcNow());
        if (!await FeeWrite.SavedAsync(db, ct)) return Problems.Conflict(FeeWrite.Raced);
        return TypedResults.Ok(FeeView.From(fee, []));
    }
}
