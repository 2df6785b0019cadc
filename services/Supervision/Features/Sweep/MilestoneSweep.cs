using Linkage.Kernel;
using Linkage.Messaging;
using Linkage.Supervision.Domain;
using Linkage.Supervision.Features.Rules;
using Linkage.Supervision.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Linkage.Supervision.Features.Sweep;

/// <summary>Steps outside the department tasks (受理, 签发 when the plan needs it, 发证 once a licence is due, 送达) still not done the day after their
/// deadline get their red card (0595, 0596), counted in the owing unit's daily red counter (0589). Each also gets a yellow
/// card while its deadline is near (0567, 0569), by the owing region's case warning rules
/// (<see cref="DeadlineAlertPolicy"/>), counted as a yellow card; the red card or the step's end resolves it. Only steps
/// whose <c>NextCheckOn</c> is due are touched; a card is raised once, and the step's end resolves it
/// (<see cref="Messaging.Milestones"/>).</summary>
public sealed class MilestoneSweep(SupervisionDbContext db, RuleBooks rules, TimeProvider clock)
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
        var cards = await db.Alarms.Where(a => ids.Contains(a.CaseId)).Select(a => new { a.CaseId, a.Kind, a.ResolvedAt }).ToListAsync(ct);
        var carded = cards.Select(a => (a.CaseId, a.Kind)).ToHashSet();
        var warned = cards.Where(a => Milestone.WarningCards.Contains(a.Kind) && a.ResolvedAt == null).Select(a => (a.CaseId, a.Kind)).ToHashSet();
        var book = await rules.LoadAsync(db, ct);
        var now = clock.GetUtcNow();
        foreach (var step in due)
        {
            if (step.OverdueOn(today))
            {
                if (step.OverdueCard is { } kind && carded.Add((step.CaseId, kind))) Raise(step, kind, today, now);
                if (step.WarningCard is { } warning && warned.Contains((step.CaseId, warning)))
                    foreach (var card in await OpenCards.TakeAsync(db, [step.CaseId], [warning], ct))
                        Messaging.Milestones.Resolve(db, card, "overdue: red card raised", now);
                step.Checked();
            }
            else if (step.WarningCard is { } warning) Warn(step, warning, book.For(step.Division).AlertRule(), carded, today, now);
            else step.Checked();
        }
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return due.Count;
    }

    /// <summary>Yellow once the deadline is near, then looked at again the day after it; else looked at again on the
    /// warning's first day.</summary>
    private void Warn(Milestone step, AlarmKind warning, DeadlineAlertPolicy rule, HashSet<(Guid, AlarmKind)> carded, DateOnly today, DateTimeOffset now)
    {
        try
        {
            if (rule.LevelOf(step.Clock, today) is AlertLevel.Yellow)
            {
                if (carded.Add((step.CaseId, warning))) Raise(step, warning, today, now);
                step.CheckAgainOn(step.Deadline!.Value.AddDays(1));
            }
            else step.CheckAgainOn(rule.FirstWarningDay(step.Clock, today));
        }
        catch (CalendarNotAnnouncedException)
        {
            step.CheckAgainOn(today.AddDays(1)); // next year's holidays not loaded yet: judged once they are, not guessed
        }
    }

    private void Raise(Milestone step, AlarmKind kind, DateOnly today, DateTimeOffset now) =>
        Messaging.Milestones.Raise(db, step, Alarm.Milestone(step, kind, today, now));
}
