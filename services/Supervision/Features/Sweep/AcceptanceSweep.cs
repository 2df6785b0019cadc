using Linkage.Messaging;
using Linkage.Supervision.Domain;
using Linkage.Supervision.Features.Alarms;
using Linkage.Supervision.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Linkage.Supervision.Features.Sweep;

/// <summary>受理环节: applications received and still neither accepted nor noticed the day after their deadline get a
/// red card (0595). Only steps whose <c>NextCheckOn</c> is due are touched; a card is raised once, and the answer
/// resolves it (<see cref="Messaging.AcceptanceSteps"/>).</summary>
public sealed class AcceptanceSweep(SupervisionDbContext db, TimeProvider clock)
{
    private const int Batch = 200;

    public Task<int> RunAsync(DateOnly today, CancellationToken ct) =>
        db.InTransactionAsync((tx, token) => SweepAsync(tx, today, token), ct);

    private async Task<int> SweepAsync(IDbContextTransaction tx, DateOnly today, CancellationToken ct)
    {
        var ids = await db.Database.SqlQuery<Guid>($"""
            SELECT "CaseId" AS "Value" FROM supervision.acceptance_steps WHERE "NextCheckOn" <= {today}
            ORDER BY "NextCheckOn" LIMIT {Batch} FOR UPDATE SKIP LOCKED
            """).ToListAsync(ct);
        if (ids.Count == 0) return 0;
        var steps = await db.AcceptanceSteps.Where(s => ids.Contains(s.CaseId)).ToListAsync(ct);
        var carded = await db.Alarms.Where(a => ids.Contains(a.CaseId) && a.Kind == AlarmKind.AcceptDeadline).Select(a => a.CaseId).ToListAsync(ct);
        var now = clock.GetUtcNow();
        foreach (var step in steps)
        {
            if (step.OverdueOn(today) && !carded.Contains(step.CaseId))
            {
                var card = Alarm.Acceptance(step, AlarmKind.AcceptDeadline, today, now);
                db.Alarms.Add(card);
                db.Publish(AlarmEvents.Raised(card), step.CaseId.ToString());
            }
            step.Checked();
        }
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return steps.Count;
    }
}
