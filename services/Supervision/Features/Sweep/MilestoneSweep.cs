using Linkage.Messaging;
using Linkage.Supervision.Domain;
using Linkage.Supervision.Features.Alarms;
using Linkage.Supervision.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Linkage.Supervision.Features.Sweep;

/// <summary>Steps outside the department tasks (受理, 签发 when the plan needs it, 发证 once a licence is due, 送达) still not done the day after their
/// deadline get their red card (0595, 0596), counted in the owing unit's daily red counter (0589). Only steps whose <c>NextCheckOn</c> is due are touched; a card is raised once, and the step's end
/// resolves it (<see cref="Messaging.Milestones"/>).</summary>
public sealed class MilestoneSweep(SupervisionDbContext db, TimeProvider clock)
{
    private const int Batch = 200;

    public Task<int> RunAsync(DateOnly today, CancellationToken ct) =>
        db.InTransactionAsync((tx, token) => SweepAsync(tx, today, token), ct);

    private async Task<int> SweepAsync(IDbContextTransaction tx, DateOnly today, CancellationToken ct)
    {
        var ids = await db.Database.SqlQuery<Guid>($"""
            SELECT "CaseId" AS "Value" FROM supervision.milestones WHERE "NextCheckOn" <= {today}
            ORDER BY "NextCheckOn" LIMIT {Batch} FOR UPDATE SKIP LOCKED
            """).ToListAsync(ct);
        if (ids.Count == 0) return 0;
        var due = await db.Milestones.Where(m => ids.Contains(m.CaseId) && m.NextCheckOn <= today).ToListAsync(ct);
        var carded = (await db.Alarms.Where(a => ids.Contains(a.CaseId)).Select(a => new { a.CaseId, a.Kind }).ToListAsync(ct))
            .Select(a => (a.CaseId, a.Kind)).ToHashSet();
        var now = clock.GetUtcNow();
        foreach (var step in due)
        {
            if (step.OverdueOn(today) && step.OverdueCard is { } kind && carded.Add((step.CaseId, kind)))
            {
                var card = Alarm.Milestone(step, kind, today, now);
                db.Alarms.Add(card);
                Messaging.Milestones.Count(db, step, card);
                db.Publish(AlarmEvents.Raised(card), step.CaseId.ToString());
            }
            step.Checked();
        }
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return due.Count;
    }
}
