using Linkage.Kernel;
using Linkage.Messaging;
using Linkage.Supervision.Domain;
using Linkage.Supervision.Features.Alarms;
using Linkage.Supervision.Features.Rules;
using Linkage.Supervision.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Linkage.Supervision.Features.Sweep;

/// <summary>One pass over the cases whose next check is due — never every open case: the partial index on
/// <c>NextCheckOn</c> hands over only those. Each case's alarms are brought in line with the rules as of
/// <paramref name="today"/> by its handling region's rules (0353); rows are claimed FOR NO KEY UPDATE SKIP LOCKED, so
/// replicas sweep disjoint batches and a consumer adding a step or a timeline entry to a claimed case is not held up
/// by its foreign-key check. A pass costs a fixed number of statements whatever the batch holds (decision 0523): the
/// cases are read untracked, their next checks written back in one UPDATE, and only alarms, their outbox rows and
/// counters go through the unit of work.</summary>
public sealed class DeadlineSweep(SupervisionDbContext db, EffectiveRules defaults, TimeProvider clock)
{
    private const int Batch = 200;

    public Task<int> RunAsync(DateOnly today, CancellationToken ct) =>
        db.InTransactionAsync((tx, token) => SweepAsync(tx, today, token), ct);

    private async Task<int> SweepAsync(IDbContextTransaction tx, DateOnly today, CancellationToken ct)
    {
        var ids = await db.Database.SqlQuery<Guid>($"""
            SELECT "Id" AS "Value" FROM supervision.cases WHERE "NextCheckOn" <= {today}
            ORDER BY "NextCheckOn" LIMIT {Batch} FOR NO KEY UPDATE SKIP LOCKED
            """).ToListAsync(ct);
        if (ids.Count == 0) return 0;
        var cases = await db.Cases.AsNoTracking().AsSplitQuery().Where(c => ids.Contains(c.Id)).ToListAsync(ct);
        var open = (await db.Alarms.Where(a => ids.Contains(a.CaseId) && a.ResolvedAt == null).ToListAsync(ct))
            .Where(a => a.IsDeadlineCard).ToLookup(a => a.CaseId);
        var book = await RuleBooks.LoadAsync(db, defaults, ct);
        var now = clock.GetUtcNow();
        foreach (var c in cases) Settle(c, book.For(c.HandlingDivision).AlertRule(), open[c.Id].ToList(), today, now);
        await db.SaveChangesAsync(ct);
        await NextChecks.WriteAsync(db, cases, ct);
        await tx.CommitAsync(ct);
        return cases.Count;
    }

    private void Settle(SupervisedCase c, DeadlineAlertPolicy rule, List<Alarm> open, DateOnly today, DateTimeOffset now)
    {
        if (!c.ClockRunning && c.Status == SupervisedCaseStatus.Open) { c.Checked(null); return; } // a stopped clock does not count
        try
        {
            var (wanted, next) = DeadlineWatch.Evaluate(c, rule, today);
            var note = c.Status == SupervisedCaseStatus.Completed ? "case completed" : "no longer due (deadline moved or step decided)";
            foreach (var alarm in open.Where(a => !wanted.Any(a.Matches)))
                if (alarm.Resolve(Alarm.System, now, note)) db.Publish(AlarmEvents.Resolved(alarm), c.Id.ToString());
            foreach (var w in wanted.Where(w => !open.Any(a => a.Matches(w))))
            {
                var alarm = Alarm.Raise(c, w, today, now);
                db.Alarms.Add(alarm);
                db.Publish(AlarmEvents.Raised(alarm), c.Id.ToString());
                DailyCounts.Add(db, c, today, Tally.Card(w.Level));
            }
            c.Checked(next);
        }
        catch (CalendarNotAnnouncedException)
        {
            c.Checked(today.AddDays(1)); // next year's holidays not loaded yet: judged once they are, not guessed
        }
    }
}
