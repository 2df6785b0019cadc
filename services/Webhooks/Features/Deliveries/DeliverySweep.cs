using Linkage.Messaging;
using Linkage.ServiceDefaults.Hosting;
using Linkage.Webhooks.Domain;
using Linkage.Webhooks.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Linkage.Webhooks.Features.Deliveries;

/// <summary>One pass of the sender: the oldest pending delivery of each subscription, if due, is POSTed (in parallel
/// across subscriptions) and its outcome logged. A later delivery waits while an earlier one of its subscription is
/// pending, so a receiver gets its events in order (decision 0601). Rows stay locked FOR UPDATE SKIP LOCKED until
/// the outcome commits, so replicas never send the same delivery at once.</summary>
public sealed class DeliverySweep(WebhooksDbContext db, WebhookSender sender, WebhookOptions options, TimeProvider clock) : ISweep
{
    public static string IntervalKey => "Webhooks:SweepInterval";

    static TimeSpan ISweep.DefaultInterval => TimeSpan.FromSeconds(2);

    private const int Batch = 20;

    public Task<int> RunAsync(CancellationToken ct) => db.InTransactionAsync(SweepAsync, ct);

    private async Task<int> SweepAsync(IDbContextTransaction tx, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var pending = nameof(DeliveryStatus.Pending);
        var heads = await db.Deliveries.FromSql($"""
            SELECT d.* FROM webhooks.deliveries d
            WHERE d."Status" = {pending} AND d."DueAt" <= {now}
              AND NOT EXISTS (SELECT 1 FROM webhooks.deliveries e
                              WHERE e."SubscriptionId" = d."SubscriptionId" AND e."Status" = {pending} AND e."Id" < d."Id")
            ORDER BY d."Id" LIMIT {Batch} FOR UPDATE SKIP LOCKED
            """).ToListAsync(ct);
        if (heads.Count == 0) return 0;
        var ids = heads.Select(d => d.SubscriptionId).ToList();
        var subscriptions = await db.Subscriptions.AsNoTracking().Where(s => ids.Contains(s.Id)).ToDictionaryAsync(s => s.Id, ct);
        var outcomes = await Task.WhenAll(heads.Select(d => sender.SendAsync(subscriptions[d.SubscriptionId], d, ct)));
        var at = clock.GetUtcNow();
        foreach (var (delivery, outcome) in heads.Zip(outcomes))
        {
            if (outcome.Delivered) delivery.Succeeded(outcome.Code!.Value, at);
            else delivery.AttemptFailed(outcome.Code, outcome.Error ?? "", options.Backoff, at);
        }
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return heads.Count;
    }
}
