using Linkage.Fees.Domain;
using Linkage.Fees.Domain.Rules;
using Linkage.Fees.Features.Shared;
using Linkage.Fees.Persistence;
using Linkage.Kernel;
using Linkage.Messaging;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Fees.Features.Pay;

/// <summary>Records a payment a channel adapter confirmed, whichever channel: idempotent on the payment reference
/// (the same reference again answers the payment already recorded, 200, and changes nothing), never above what is
/// outstanding, with a receipt number, and telling intake when an approved case is now settled.</summary>
public sealed class PaymentRecorder(FeesDbContext db, TimeProvider clock)
{
    public async Task<Results<Created<PaymentView>, Ok<PaymentView>, InvalidRequest, ProblemHttpResult>> RecordAsync(
        FeeAssessment fee, PaymentClaim claim, AuditActor actor, CancellationToken ct)
    {
        if (await ReplayAsync(claim, ct) is { } replayed) return replayed;
        var errors = new FieldErrors().Check(new PositiveFenRule("amountFen", claim.AmountFen),
            new NotAboveRule("amountFen", claim.AmountFen, fee.OutstandingFen, "what is outstanding"));
        if (fee.Settled) return Problems.Conflict($"The fee of case {fee.CaseNumber} is settled already ({fee.Status.ToString().ToLowerInvariant()}).");
        if (errors.Any) return Problems.Invalid(errors);

        var paidOn = ChinaTime.ToLocalDate(claim.PaidAt);
        var receipt = await ReceiptNumbers.NextAsync(db, fee.HandlingOrgUnitId, fee.HandlingDivision, paidOn.Year, ct);
        var payment = Payment.Record(fee, claim, receipt, paidOn);
        db.Payments.Add(payment);
        fee.Pay(claim.AmountFen);
        db.Audit(actor, "fee.paid", "fee", fee.CaseId.ToString(), new { receipt, channel = claim.Channel, amountFen = claim.AmountFen });
        FeeClearance.TellIfCleared(db, fee, clock.GetUtcNow());
        if (await FeeWrite.SavedAsync(db, ct)) return TypedResults.Created($"/api/fees/payments/{payment.Id}", PaymentView.From(payment));
        return await ReplayAsync(claim, ct) ?? (Results<Created<PaymentView>, Ok<PaymentView>, InvalidRequest, ProblemHttpResult>)
            Problems.Conflict(FeeWrite.Raced);
    }

    private async Task<Results<Created<PaymentView>, Ok<PaymentView>, InvalidRequest, ProblemHttpResult>?> ReplayAsync(PaymentClaim claim, CancellationToken ct)
    {
        var known = await db.Payments.AsNoTracking().FirstOrDefaultAsync(p => p.Reference == claim.Reference, ct);
        if (known is null) return null;
        if (known.CaseId != claim.CaseId) return Problems.Invalid("reference", "This payment reference was recorded for another case.");
        return TypedResults.Ok(PaymentView.From(known));
    }
}
