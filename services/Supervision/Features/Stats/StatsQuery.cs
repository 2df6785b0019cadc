using Linkage.ServiceDefaults.Queries;
using Linkage.Supervision.Domain;
using Linkage.Supervision.Features.Shared;
using Linkage.Supervision.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Supervision.Features.Stats;

/// <summary>The cases' counts in one round trip, the receipts' in another. Received = 收件 in the period, accepted or not;
/// accepted = 受理 in the period (decisions 0586, 0509); completed, on-time, early, instant, on site = completed in the period; overdue = completed late in the period plus still open past a due date in the period. A
/// child deployment's cases are not here: their rolled-up counter rows are added (decision 0520), under the same least
/// privilege as the breakdown (<see cref="CounterReach"/>), and so are its open cases past due, from its rolled-up state
/// (decision 0526) for subtree roles.</summary>
public static class StatsQuery
{
    public static async Task<StatsCounts> CountAsync(SupervisionDbContext db, string subtreePattern, CallerContext caller, Period p, DateOnly today, CancellationToken ct)
    {
        var counts = await db.Cases.AsNoTracking().HandledWithin(subtreePattern).VisibleTo(db.CaseDepartments, caller)
            .GroupBy(_ => 1)
            .Select(g => new StatsCounts(
                0,
                g.Count(c => c.CompletedOn >= p.From && c.CompletedOn <= p.To),
                g.Count(c => c.CompletedOn >= p.From && c.CompletedOn <= p.To && c.OnTime == true),
                g.Count(c => c.CompletedOn >= p.From && c.CompletedOn <= p.To && c.Early == true),
                g.Count(c => c.CompletedOn >= p.From && c.CompletedOn <= p.To && c.Instant),
                g.Count(c => c.CompletedOn >= p.From && c.CompletedOn <= p.To && c.OnTime == false),
                g.Count(c => c.Status == SupervisedCaseStatus.Open && c.DueDate >= p.From && c.DueDate <= p.To && c.DueDate < today),
                g.Count(c => c.CompletedOn >= p.From && c.CompletedOn <= p.To && c.OnSite),
                g.Count(c => c.AcceptedDay >= p.From && c.AcceptedDay <= p.To)))
            .FirstOrDefaultAsync(ct);
        var received = await db.Receipts.AsNoTracking()
            .Where(r => EF.Functions.Like(r.HandlingDivision, subtreePattern) && r.ReceivedOn >= p.From && r.ReceivedOn <= p.To)
            .VisibleTo(db.CaseDepartments, caller).CountAsync(ct);
        return ((counts ?? StatsCounts.None) with { Received = received }) + await RolledUpAsync(db, subtreePattern, CounterReach.Of(caller), p, ct);
    }

    private static async Task<StatsCounts> RolledUpAsync(SupervisionDbContext db, string subtreePattern, CounterReach? reach, Period p, CancellationToken ct)
    {
        if (reach is null) return StatsCounts.None;
        var sums = await db.DailyCounts.OfCases().AsNoTracking()
            .Where(d => d.RolledUpFrom != "" && EF.Functions.Like(d.HandlingDivision, subtreePattern) && d.Day >= p.From && d.Day <= p.To)
            .Where(d => reach.OrgUnit == null || d.HandlingOrgUnitId == reach.OrgUnit)
            .GroupBy(_ => 1)
            .Select(g => new StatsCounts(g.Sum(d => d.Received), g.Sum(d => d.Completed), g.Sum(d => d.OnTime), g.Sum(d => d.Early),
                g.Sum(d => d.Instant), g.Sum(d => d.CompletedLate), 0, g.Sum(d => d.OnSite), g.Sum(d => d.Accepted)))
            .FirstOrDefaultAsync(ct);
        var openOverdue = reach.OrgUnit is null ? await RolledUpState.OpenOverdueAsync(db, subtreePattern, p, ct) : 0;
        return (sums ?? StatsCounts.None) with { OpenOverdue = openOverdue };
    }
}
