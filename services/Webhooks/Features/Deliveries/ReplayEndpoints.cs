using Linkage.Messaging;
using Linkage.ServiceDefaults.Audit;
using Linkage.Webhooks.Domain;
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
        if (!await db.Subscriptions.OwnedBy(caller).AnyAsync(s => s.Id == id, ct)) return Problems.NotFound($"Delivery {deliveryId}");
        var replayed = await ReplayAsync(db, clock, $"""
            SELECT * FROM webhooks.deliveries WHERE "Id" = {deliveryId} AND "SubscriptionId" = {id} FOR UPDATE
            """, count => db.Audit(caller, "webhooks.delivery-replayed", "subscription", id.ToString(), new { delivery = deliveryId }), ct);
        if (replayed is not [var delivery]) return Problems.NotFound($"Delivery {deliveryId}");
        return TypedResults.Accepted($"/api/webhooks/subscriptions/{id}/deliveries/{deliveryId}", DeliveryView.From(delivery));
    }

    private static async Task<Results<Accepted<Replayed>, InvalidRequest, ProblemHttpResult>> Since(
        Guid id, ReplayRequest request, HttpContext http, WebhooksDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var caller = http.Caller();
        if (!await db.Subscriptions.OwnedBy(caller).AnyAsync(s => s.Id == id, ct)) return Problems.NotFound($"Subscription {id}");
        if (request.Since is not { } since || since > clock.GetUtcNow()) return Problems.Invalid("since", "The time (ISO 8601, not in the future) from which to send again.");
        var from = since.ToUniversalTime(); // PostgreSQL takes timestamptz parameters in UTC
        var replayed = await ReplayAsync(db, clock, $"""
            SELECT * FROM webhooks.deliveries WHERE "SubscriptionId" = {id} AND "CreatedAt" >= {from} ORDER BY "Id" FOR UPDATE
            """, count => db.Audit(caller, "webhooks.deliveries-replayed", "subscription", id.ToString(), new { since, count }), ct);
        return TypedResults.Accepted($"/api/webhooks/subscriptions/{id}/deliveries", new Replayed(replayed.Count));
    }

    /// <summary>The rows are locked first, so a send in flight logs its outcome before the replay and never after it,
    /// where it would overwrite the replay with "delivered" and nothing would be sent again.</summary>
    private static Task<List<Delivery>> ReplayAsync(
        WebhooksDbContext db, TimeProvider clock, FormattableString rows, Action<int> audit, CancellationToken ct) =>
        db.InTransactionAsync(async (tx, token) =>
        {
            var deliveries = await db.Deliveries.FromSql(rows).ToListAsync(token);
            var now = clock.GetUtcNow();
            foreach (var delivery in deliveries) delivery.Replay(now);
            if (deliveries.Count > 0) audit(deliveries.Count);
            await db.SaveChangesAsync(token);
            await tx.CommitAsync(token);
            return deliveries;
        }, ct);
}
