using Linkage.Messaging;
using Linkage.ServiceDefaults.Audit;
using Linkage.Supervision.Domain;
using Linkage.Supervision.Features.Alarms;
using Linkage.Supervision.Features.Shared;
using Linkage.Supervision.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Supervision.Features.Orders;

public static class ReplyOrderEndpoint
{
    public static void Map(RouteGroupBuilder api) => api
        .MapPost("/orders/{orderId:guid}/reply", Handle)
        .WithName("ReplySupervisionOrder")
        .WithSummary("The ordered unit replies (办理回复), once; the reply stops escalation and clears its red cards.");

    /// <summary>The escalation sweep also writes the order (and raises its red card): a reply whose save lost to it
    /// reads the order and its cards again and answers anew (<see cref="ConcurrentSave"/>).</summary>
    private static Task<Results<Ok<OrderView>, InvalidRequest, ProblemHttpResult>> Handle(
        Guid orderId, ReplyOrderRequest request, HttpContext http, SupervisionDbContext db, TimeProvider clock, CancellationToken ct) =>
        ConcurrentSave.RetryAsync(db, () => ReplyAsync(orderId, request, http, db, clock, ct));

    private static async Task<Results<Ok<OrderView>, InvalidRequest, ProblemHttpResult>> ReplyAsync(
        Guid orderId, ReplyOrderRequest request, HttpContext http, SupervisionDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var caller = http.Caller();
        var order = await db.Orders.VisibleTo(caller).FirstOrDefaultAsync(o => o.Id == orderId, ct);
        if (order is null) return Problems.NotFound($"Order {orderId}");
        var reply = request.Reply?.Trim();
        if (string.IsNullOrEmpty(reply) || reply.Length > 1000) return Problems.Invalid("reply", "1 to 1000 characters.");
        var now = clock.GetUtcNow();
        if (!order.Answer(reply, caller.Subject, now)) return Problems.Invalid("reply", $"Order {orderId} was answered already.");
        db.Audit(caller, "order.answered", "order", order.Id.ToString(), new { caseId = order.CaseId });

        var cards = await db.Alarms.Where(a => a.OrderId == order.Id && a.ResolvedAt == null).ToListAsync(ct);
        foreach (var card in cards.Where(c => c.Resolve(Alarm.System, now, "order answered")))
            db.Publish(AlarmEvents.Resolved(card), card.CaseId.ToString());
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(OrderView.From(order));
    }
}
