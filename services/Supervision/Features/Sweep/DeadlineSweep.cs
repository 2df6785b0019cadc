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
/// by its foreign-key check. A pass costs a fixed number of statements whatever the batch holds (decisions 0523, 0597):
/// the claim, one read of the claimed cases with their pending steps (<see cref="DueCases"/>), and one UPDATE of their
/// next checks; the rules come from <see cref="RuleBooks"/> by the stamp the read returned, the open alarms are read
/// only for cases that have one, and only raised or resolved alarms, their outbox rows and counters are saved. A pass
/// is one transaction of at most <see cref="Batch"/> cases (decision 0767): a delivery that finds a claimed case locked
/// waits for that one short batch only, and the service runs passes until one finds nothing.</summary>
public sealed class DeadlineSweep(SupervisionDbContext db, RuleBooks rules, TimeProvider clock)
{
    public const int Batch = 50;

    public Task<int> RunAsync(DateOnly today, CancellationToken ct) =>
        db.InTransactionAsync((tx, token) => SweepAsync(tx, today, token), ct);

    private async Task<int> SweepAsync(IDbContextTransaction tx, DateOnly today, CancellationToken ct)
    {
        var ids = await db.Database.SqlQuery<Guid>($"""
            SELECT "Id" AS "Value" FROM supervision.cases WHERE "NextCheckOn" <= {today}
            ORDER BY "NextCheckOn" LIMIT {Batch} FOR NO KEY UPDATE SKIP LOCKED
            """).ToArrayAsync(ct);
        if (ids.Length == 0) return 0;
        var cases = await DueCases.ReadAsync(db, ids, ct);
        if (cases.Count == 0) return 0;
        var book = await rules.ForStampAsync(db, cases[0].RulesStamp, ct);
        var open = await OpenCardsAsync(cases, ct);
        var now = clock.GetUtcNow();
        var next = cases.Select(c => Settle(c, book.For(c.Counted.HandlingDivision).AlertRule(), open[c.Id].ToList(), today, now)).ToArray();
        await db.SaveChangesAsync(ct); // nothing to save, nothing sent
        await NextChecks.WriteAsync(db, cases.Select(c => c.Id).ToArray(), next, ct);
        await tx.CommitAsync(ct);
        return cases.Count;
    }

    /// <summary>The open deadline cards of the cases that have an open alarm, taken (<see cref="OpenCards"/>); no statement
    /// when none has.</summary>
    private async Task<ILookup<Guid, Alarm>> OpenCardsAsync(IReadOnlyList<DueCase> cases, CancellationToken ct)
    {
        var carded = cases.Where(c => c.HasOpenAlarm).Select(c => c.Id).ToArray();
        var open = carded.Length == 0 ? [] : await OpenCards.TakeAsync(db, carded, Alarm.DeadlineCards, ct);
        return open.ToLookup(a => a.CaseId);
    }

    /// <summary>Raises and resolves the case's cards; returns its next check.</summary>
    private DateOnly? Settle(DueCase c, DeadlineAlertPolicy rule, List<Alarm> open, DateOnly today, DateTimeOffset now)
    {
        if (!c.Clock.Running && c.Clock.Status == SupervisedCaseStatus.Open) return null; // a stopped clock does not count
        try
        {
            var (wanted, next) = DeadlineWatch.Evaluate(c.Clock, rule, today);
            var note = c.Clock.Status == SupervisedCaseStatus.Completed ? "case completed" : "no longer due (deadline moved or step decided)";
            foreach (var alarm in open.Where(a => !wanted.Any(a.Matches)))
                if (alarm.Resolve(Alarm.System, now, note)) db.Publish(AlarmEvents.Resolved(alarm), c.Id.ToString());
            foreach (var w in wanted.Where(w => !open.Any(a => a.Matches(w))))
            {
                var alarm = Alarm.Raise(c.Id, c.CaseNumber, c.Counted.HandlingDivision, w, today, now);
                db.Alarms.Add(alarm);
                db.Publish(AlarmEvents.Raised(alarm), c.Id.ToString());
                DailyCounts.Add(db, c.Counted, today, Tally.Card(w.Level));
            }
            return next;
        }
        catch (CalendarNotAnnouncedException)
        {
            return today.AddDays(1); // next year's holidays not loaded yet: judged once they are, not guessed
        }
    }
}
