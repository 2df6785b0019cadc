using Linkage.Webhooks.Domain;
using Linkage.Webhooks.Features.Shared;
using Linkage.Webhooks.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Webhooks.Features.Deliveries;

public static class DeliveryOwned
{
    /// <summary>The delivery, tracked, when it belongs to one of the caller's subscriptions.</summary>
    public static Task<Delivery?> FindAsync(WebhooksDbContext db, CallerContext caller, Guid subscriptionId, long deliveryId, CancellationToken ct) =>
        db.Deliveries.Where(d => d.Id == deliveryId && d.SubscriptionId == subscriptionId
            && db.Subscriptions.OwnedBy(caller).Any(s => s.Id == subscriptionId)).FirstOrDefaultAsync(ct);
}
