using Linkage.Kernel;
using Linkage.Messaging;
using Linkage.Supervision.Domain;
using Linkage.Supervision.Features.Alarms;
using Linkage.Supervision.Features.Rules;
using Linkage.Supervision.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Linkage.Supervision.Features.Sweep;

/// <summary>Unanswered 督办 orders past their reply date move one tier up (county → city → province: the division
/// hierarchy) with a red card the higher tier's subtree sees; the next escalation waits that tier's reply period.
/// Only orders whose <c>NextEscalationOn</c> is due are touched.</summary>
public sealed class OrderEscalationSweep(SupervisionDbContext db, RuleBooks rules, TimeProvider clock)
{
    private const int Batch = 200;

    public Task<int> RunAsync(DateOnly today, CancellationToken ct) =>
        db.InTransactionAsync((tx, token) => SweepAsync(tx, today, token), ct);

    private async Task<int> SweepAsync(IDbContextTransaction tx, DateOnly today, CancellationToken ct)
    {
        var ids = await db.Database.SqlQuery<Guid>($"""
            SELECT "Id" AS "Value" FROM supervision.orders WHERE "NextEscalationOn" <= {today}
            ORDER BY "NextEscalationOn" LIMIT {Batch} FOR UPDATE SKIP LOCKED
            """).ToListAsync(ct);
        if (ids.Count == 0) return 0;
        var orders = await db.Orders.Where(o => ids.Contains(o.Id)).ToListAsync(ct);
        var book = await rules.LoadAsync(db, ct);
        var now = clock.GetUtcNow();
        foreach (var order in orders)
        {
            if (order.Replied || order.NextTier() is not { } tier) { order.StopEscalating(); continue; }
            if (NextCheck(today, book.For(tier).OrderReplyWorkingDays) is not { } next) { order.RetryOn(today.AddDays(1)); continue; }
            order.EscalateTo(tier, next, now);
            var card = Alarm.ForEscalation(order, tier.Value, today, now);
            db.Alarms.Add(card);
            db.Publish(AlarmEvents.Raised(card), order.CaseId.ToString());
        }
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return orders.Count;
    }

    /// <summary>The day after the higher tier's reply period; null while that year's calendar is not loaded (not guessed).</summary>
    private static DateOnly? NextCheck(DateOnly today, int replyWorkingDays)
    {
        try
        {
            return WorkingDayCalendar.China.AddWorkingDays(today, replyWorkingDays).AddDays(1);
        }
        catch (CalendarNotAnnouncedException)
        {
            return null;
        }
    }
}
