using Linkage.Fees.Domain;
using Linkage.Fees.Features.Shared;
using Linkage.Fees.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Fees.Features.Pay;

/// <summary>The applicant starts paying their own case's fee online (网上缴费): an order for what is outstanding,
/// whose number the provider's signed callback names when the money has moved (decision 0512).</summary>
public static class StartOnlinePaymentEndpoint
{
    public sealed record OnlineOrderView(string OrderNumber, Guid CaseId, string CaseNumber, long AmountFen, DateTimeOffset StartedAt);

    public static void Map(RouteGroupBuilder api) => api.MapPost("/cases/{caseId:guid}/online-payments", Handle)
        .WithName("StartOnlinePayment")
        .WithSummary("The applicant starts an online payment of their own case's outstanding fee; the provider's signed callback completes it.");

    private static async Task<Results<Created<OnlineOrderView>, ProblemHttpResult>> Handle(
        Guid caseId, HttpContext http, FeesDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var caller = http.Caller();
        var fee = await db.Assessments.AsNoTracking().OwnedBy(caller).FirstOrDefaultAsync(f => f.CaseId == caseId, ct);
        if (fee is null) return Problems.NotFound($"The fee of case {caseId}");
        if (fee.Settled) return Problems.Conflict($"The fee of case {fee.CaseNumber} is settled already ({fee.Status.ToString().ToLowerInvariant()}).");
        var order = OnlineOrder.Start(fee, caller.Subject, clock.GetUtcNow());
        db.OnlineOrders.Add(order);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/fees/cases/{caseId}",
            new OnlineOrderView(order.OrderNumber, order.CaseId, fee.CaseNumber, order.AmountFen, order.StartedAt));
    }
}
