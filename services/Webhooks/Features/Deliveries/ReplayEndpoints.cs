using Linkage.ServiceDefaults.Audit;
using Linkage.Webhooks.Features.Shared;
using Linkage.Webhooks.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Webhooks.Features.Deliveries;

/// <summary>Replay (重放): one delivery, or every delivery of a subscription created since a time, is sent again from
/// the first attempt, in its original order and with its original event id (decision 0603).</summary>
public static class ReplayEndpoints
{
    public sealed record ReplayRequest(DateTimeOffset? Since);

    public sealed record Replayed(int Deliveries);

    public static void Map(RouteGroupBuilder api)
    {
        api.MapPost("/subscriptions/{id:guid}/deliveries/{deliveryId:long}/replay", One).WithName("ReplayWebhookDelivery")
            .WithSummary("Sends one delivery again, whatever its status, with its original event id.");
        api.MapPost("/subscriptions/{id:guid}/replay", Since).WithName("ReplayWebhookDeliveriesSince")
            .WithSummary("Sends again, in their original order, every delivery of the subscription created since a time.");
    }

    private static async Task<Results<Accepted<DeliveryView>, ProblemHttpResult>> One(
        Guid id, long deliveryId, HttpContext http, WebhooksDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var caller = http.Caller();
        if (await DeliveryOwned.FindAsync(db, caller, id, deliveryId, ct) is not { } delivery) return Problems.NotFound($"Delivery {deliveryId}");
        delivery.Replay(clock.GetUtcNow());
        db.Audit(caller, "webhooks.delivery-replayed", "subscription", id.ToString(), new { delivery = deliveryId });
        await db.SaveChangesAsync(ct);
        return TypedResults.Accepted($"/api/webhooks/subscriptions/{id}/deliveries/{deliveryId}", DeliveryView.From(delivery));
    }

    private static async Task<Results<Accepted<Replayed>, InvalidRequest, ProblemHttpResult>> Since(
        Guid id, ReplayRequest request, HttpContext http, WebhooksDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var caller = http.Caller();
        if (!await db.Subscriptions.OwnedBy(caller).AnyAsync(s => s.Id == id, ct)) return Problems.NotFound($"Subscription {id}");
        var now = clock.GetUtcNow();
        if (request.Since is not { } since || since > now) return Problems.Invalid("since", "The time (ISO 8601, not in the future) from which to send again.");
        var from = since.ToUniversalTime(); // PostgreSQL takes timestamptz parameters in UTC
        var deliveries = await db.Deliveries.Where(d => d.SubscriptionId == id && d.CreatedAt >= from).ToListAsync(ct);
        foreach (var delivery in deliveries) delivery.Replay(now);
        db.Audit(caller, "webhooks.deliveries-replayed", "subscription", id.ToString(), new { since, count = deliveries.Count });
        await db.SaveChangesAsync(ct);
        return TypedResults.Accepted($"/api/webhooks/subscriptions/{id}/deliveries", new Replayed(deliveries.Count));
    }
}
