using Linkage.Kernel;
using Linkage.Supervision.Features.Shared;
using Linkage.Supervision.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Supervision.Features.Assessment;

/// <summary>The month's facts per handling unit of a subtree: the daily counters summed in SQL, and the 督办 orders
/// due that month on the unit's cases with whether each was answered by its reply date (China time).</summary>
public static class FiguresQuery
{
    public static async Task<IReadOnlyList<UnitFigures>> RunAsync(SupervisionDbContext db, Subtree subtree, AssessmentMonth month, CancellationToken ct)
    {
        var (from, to) = (month.First, month.Last);
        var counted = await db.DailyCounts.AsNoTracking()
            .Where(d => EF.Functions.Like(d.HandlingDivision, subtree.Pattern) && d.Day >= from && d.Day <= to)
            .GroupBy(d => new { d.HandlingDivision, d.HandlingOrgUnitId })
            .Select(g => new UnitFigures(g.Key.HandlingDivision, g.Key.HandlingOrgUnitId, new Figures(g.Sum(d => d.Completed),
                g.Sum(d => d.OnTime), g.Sum(d => d.Early), g.Sum(d => d.Online), g.Sum(d => d.Ratings), g.Sum(d => d.Satisfied),
                g.Sum(d => d.RectificationsClosed), g.Sum(d => d.RectificationsOverdue), 0, 0, g.Sum(d => d.Yellow),
                g.Sum(d => d.Red), g.Sum(d => d.CompletedLate))))
            .ToListAsync(ct);
        var orders = await db.Orders.AsNoTracking()
            .Where(o => o.ReplyBy >= from && o.ReplyBy <= to)
            .Join(db.Cases.Where(c => EF.Functions.Like(c.HandlingDivision, subtree.Pattern)), o => o.CaseId, c => c.Id,
                (o, c) => new { c.HandlingDivision, c.HandlingOrgUnitId, o.ReplyBy, o.RepliedAt })
            .ToListAsync(ct);
        var answered = orders.Select(o => new UnitFigures(o.HandlingDivision, o.HandlingOrgUnitId, Figures.None with
        {
            Orders = 1,
            OrdersAnswered = o.RepliedAt is { } at && ChinaTime.ToLocalDate(at) <= o.ReplyBy ? 1 : 0,
        }));
        return counted.Concat(answered)
            .GroupBy(u => (u.Division, u.OrgUnitId))
            .Select(g => new UnitFigures(g.Key.Division, g.Key.OrgUnitId, g.Select(u => u.Figures).Aggregate((a, b) => a + b)))
            .ToList();
    }
}
