using Linkage.Messaging;
using Linkage.ServiceDefaults.Hosting;
using Linkage.Webhooks.Domain;
using Linkage.Webhooks.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Linkage.Webhooks.Features.Deliveries;

/// <summary>One pass of the sender: for each subscription whose oldest pending delivery is due, that delivery and the
/// pending ones after it, up to <see cref="Run"/>, are POSTed one after another (subscriptions in parallel) and their
/// outcomes logged; a subscription's run stops at its first failure or at a delivery not yet due, so a receiver gets its
/// events in order (decision 0601) and a later delivery waits while an earlier one is pending. The oldest pending row
/// of a subscription is taken FOR UPDATE SKIP LOCKED and the rest of its run only by whoever holds it, all locked until
/// the outcomes commit, so replicas never send the same delivery at once nor a subscription's deliveries side by side.</summary>
public sealed class DeliverySweep(WebhooksDbContext db, WebhookSender sender, WebhookOptions options, TimeProvider clock) : ISweep
{
    public static string IntervalKey => "Webhooks:SweepInterval";

    static TimeSpan ISweep.DefaultInterval => TimeSpan.FromSeconds(2);

    /// <summary>Subscriptions served in one pass.</summary>
    private const int Heads = 20;

    /// <summary>Deliveries of one subscription sent in one pass, oldest first.</summary>
    private const int Run = 50;

    public Task<int> RunAsync(CancellationToken ct) => db.InTransactionAsync(SweepAsync, ct);

    private async Task<int> SweepAsync(IDbContextTransaction tx, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var pending = nameof(DeliveryStatus.Pending);
        var runs = (await db.Deliveries.FromSql($"""
            WITH heads AS (
                SELECT d."Id", d."SubscriptionId" FROM webhooks.deliveries d
                WHERE d."Status" = {pending} AND d."DueAt" <= {now}
                  AND NOT EXISTS (SELECT 1 FROM webhooks.deliveries e
                                  WHERE e."SubscriptionId" = d."SubscriptionId" AND e."Status" = {pending} AND e."Id" < d."Id")
                ORDER BY d."Id" LIMIT {Heads} FOR UPDATE SKIP LOCKED)
            SELECT r.* FROM heads h CROSS JOIN LATERAL (
                SELECT e.* FROM webhooks.deliveries e
                WHERE e."SubscriptionId" = h."SubscriptionId" AND e."Status" = {pending} AND e."Id" >= h."Id"
                ORDER BY e."Id" LIMIT {Run} FOR UPDATE) r
            """).ToListAsync(ct))
            .GroupBy(d => d.SubscriptionId).Select(g => g.OrderBy(d => d.Id).TakeWhile(d => d.DueAt <= now).ToList()).ToList();
        if (runs.Count == 0) return 0;
        var ids = runs.Select(r => r[0].SubscriptionId).ToList();
        var subscriptions = await db.Subscriptions.AsNoTracking().Where(s => ids.Contains(s.Id)).ToDictionaryAsync(s => s.Id, ct);
        var sent = await Task.WhenAll(runs.Select(r => SendInOrderAsync(subscriptions[r[0].SubscriptionId], r, ct)));
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return sent.Sum();
    }

    /// <summary>The run's deliveries one after another until one fails; those after it wait for the next pass.</summary>
    private async Task<int> SendInOrderAsync(Subscription subscription, List<Delivery> run, CancellationToken ct)
    {
        var attempted = 0;
        foreach (var delivery in run)
        {
            var outcome = await sender.SendAsync(subscription, delivery, ct);
            var at = clock.GetUtcNow();
            attempted++;
            if (outcome.Delivered) delivery.Succeeded(outcome.Code!.Value, at);
            else
            {
                delivery.AttemptFailed(outcome.Code, outcome.Error ?? "", options.Backoff, at);
                break;
            }
        }
        return attempted;
    }
}
