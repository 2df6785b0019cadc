using Linkage.Fees.Domain;
using Linkage.Fees.Domain.Rules;
using Linkage.Fees.Features.Assess;
using Linkage.Fees.Features.Shared;
using Linkage.Fees.Persistence;
using Linkage.ServiceDefaults.Audit;

namespace Linkage.Fees.Features.Pay;

/// <summary>The window adapter of the payment port: the clerk enters the bank or non-tax payment reference
/// (缴款凭证号) the applicant paid under, and the amount in fen.</summary>
public static class WindowPaymentEndpoint
{
    public sealed record WindowPaymentRequest(string? Reference, long? AmountFen);

    public static void Map(RouteGroupBuilder api) => api.MapPost("/cases/{caseId:guid}/payments", Handle)
        .WithName("RecordWindowPayment")
        .WithSummary("The handling centre's window clerk records a payment by its reference; the same reference again changes nothing.");

    private static async Task<Results<Created<PaymentView>, Ok<PaymentView>, InvalidRequest, ProblemHttpResult>> Handle(
        Guid caseId, WindowPaymentRequest request, HttpContext http, FeesDbContext db, PaymentRecorder recorder, TimeProvider clock,
        CancellationToken ct)
    {
        var caller = http.Caller();
        var fee = await ClerkFees.FindAsync(db, caseId, caller, ct);
        if (fee is null) return Problems.NotFound($"The fee of case {caseId}");
        var errors = new FieldErrors().Check(
            new TextRequiredRule("reference", request.Reference, FeeLimits.ReferenceLength, "The payment reference is required."),
            new PositiveFenRule("amountFen", request.AmountFen));
        if (errors.Any) return Problems.Invalid(errors);
        var claim = new PaymentClaim(caseId, request.Reference!.Trim(), request.AmountFen!.Value, PaymentChannel.Window, clock.GetUtcNow(), caller.Subject);
        return await recorder.RecordAsync(fee, claim, caller.Actor(), ct);
    }
}
