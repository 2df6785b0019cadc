using System.Text.Json;
using Linkage.Fees.Domain;
using Linkage.Fees.Domain.Rules;
using Linkage.Fees.Features.Shared;
using Linkage.Fees.Persistence;
using Linkage.Messaging;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Fees.Features.Pay;

/// <summary>The online adapter of the payment port: the provider's callback (支付结果通知), anonymous but signed, for an
/// order the applicant started (or one the provider took directly); a body whose signature does not hold is refused before it is read, and nothing changes.</summary>
public static class OnlineCallbackEndpoint
{
    public sealed record ProviderCallback(Guid? CaseId, string? TransactionId, long? AmountFen, DateTimeOffset? PaidAt);

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static void Map(RouteGroupBuilder api) => api.MapPost("/callbacks/online", Handle).AllowAnonymous()
        .WithName("OnlinePaymentCallback")
        .WithSummary("The payment provider confirms an online payment; signed with HMAC-SHA256 in X-Provider-Signature.");

    private static async Task<Results<Created<PaymentView>, Ok<PaymentView>, InvalidRequest, ProblemHttpResult>> Handle(
        HttpRequest http, ProviderSignature signature, FeesDbContext db, PaymentRecorder recorder, TimeProvider clock, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        await http.Body.CopyToAsync(buffer, ct);
        var body = buffer.ToArray();
        if (!signature.Holds(body, http.Headers[ProviderSignature.Header].FirstOrDefault()))
            return Problems.Invalid("signature", "The callback's signature does not hold; it was refused.");
        ProviderCallback? callback;
        try
        {
            callback = JsonSerializer.Deserialize<ProviderCallback>(body, Json);
        }
        catch (JsonException e)
        {
            return Problems.Invalid(e.Path is { Length: > 1 } p ? p.TrimStart('$', '.') : "body", "The value is malformed or of the wrong type.");
        }
        var errors = new FieldErrors()
            .Require(callback?.CaseId is not null, "caseId", "The case id is required.")
            .Check(new TextRequiredRule("transactionId", callback?.TransactionId, FeeLimits.ReferenceLength, "The transaction id is required."),
                new PositiveFenRule("amountFen", callback?.AmountFen));
        if (errors.Any) return Problems.Invalid(errors);

        var paid = callback!;
        var fee = await db.Assessments.FirstOrDefaultAsync(f => f.CaseId == paid.CaseId, ct);
        if (fee is null) return Problems.NotFound($"The fee of case {paid.CaseId}");
        var transactionId = paid.TransactionId!.Trim();
        var order = await db.OnlineOrders.FirstOrDefaultAsync(o => o.OrderNumber == transactionId, ct);
        if (order is not null && !order.Fits(fee.CaseId, paid.AmountFen!.Value))
            return Problems.Invalid("transactionId", "This order was started for another case or amount.");
        order?.MarkPaid(paid.PaidAt ?? clock.GetUtcNow());
        var claim = new PaymentClaim(fee.CaseId, transactionId, paid.AmountFen!.Value, PaymentChannel.Online,
            paid.PaidAt ?? clock.GetUtcNow(), "online-provider");
        return await recorder.RecordAsync(fee, claim, AuditActor.System("fees", fee.HandlingDivision), ct);
    }
}
