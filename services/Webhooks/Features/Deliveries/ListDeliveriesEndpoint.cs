using Linkage.ServiceDefaults.Json;
using Linkage.Webhooks.Domain;
using Linkage.Webhooks.Features.Shared;
using Linkage.Webhooks.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Webhooks.Features.Deliveries;

/// <summary>A subscription's delivery log, newest first, a page at a time, optionally of one status or since a time.</summary>
public static class ListDeliveriesEndpoint
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/subscriptions/{id:guid}/deliveries", List).WithName("ListWebhookDeliveries")
            .WithSummary("A subscription's delivery log, newest first: status, attempts, response code, last error.");
        api.MapGet("/subscriptions/{id:guid}/deliveries/{deliveryId:long}", Get).WithName("GetWebhookDelivery")
            .WithSummary("One delivery of a subscription's log.");
    }

    private static async Task<Results<Ok<Page<DeliveryView>>, InvalidRequest, ProblemHttpResult>> List(
        Guid id, [OneOf<DeliveryStatus>] string? status, DateTimeOffset? since, PageRequest page, HttpContext http, WebhooksDbContext db, CancellationToken ct)
    {
        if (!await db.Subscriptions.OwnedBy(http.Caller()).AnyAsync(s => s.Id == id, ct)) return Problems.NotFound($"Subscription {id}");
        var deliveries = db.Deliveries.AsNoTracking().Where(d => d.SubscriptionId == id);
        if (status is not null)
        {
            if (!KebabEnum.TryParse<DeliveryStatus>(status, out var wanted)) return Problems.Invalid("status", "Use pending, delivered or failed.");
            deliveries = deliveries.Where(d => d.Status == wanted);
        }
        if (since?.ToUniversalTime() is { } from) deliveries = deliveries.Where(d => d.CreatedAt >= from);
        var rows = await deliveries.PageAsync(page, o => o.Desc(d => d.Id), ct);
        return TypedResults.Ok(rows.Map(DeliveryView.From));
    }

    private static async Task<Results<Ok<DeliveryView>, ProblemHttpResult>> Get(
        Guid id, long deliveryId, HttpContext http, WebhooksDbContext db, CancellationToken ct) =>
        await DeliveryOwned.FindAsync(db, http.Caller(), id, deliveryId, ct) is { } d
            ? TypedResults.Ok(DeliveryView.From(d))
            : Problems.NotFound($"Delivery {deliveryId}");
}
