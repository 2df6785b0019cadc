using Linkage.Kernel;
using Linkage.Supervision.Features.Shared;
using Linkage.Supervision.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Supervision.Features.Assessment;

/// <summary>The month's facts per handling unit, window and department of a subtree: the daily counters summed in SQL
/// per unit, window and department, folded three ways (decision 0522), and the 督办 orders due that month on the unit's
/// cases with whether each was answered by its reply date (China time).</summary>
public static class FiguresQuery
{
    public static async Task<IReadOnlyList<UnitFigures>> RunAsync(SupervisionDbContext db, Subtree subtree, AssessmentMonth month, CancellationToken ct)
    {
        var (from, to) = (month.First, month.Last);
        await CountFold.AllAsync(db, ct);
        var counted = await db.DailyCounts.AsNoTracking()
            .Where(d => EF.Functions.Like(d.HandlingDivision, subtree.Pattern) && d.Day >= from && d.Day <= to)
            .GroupBy(d => new { d.HandlingDivision, d.HandlingOrgUnitId, d.WindowId, d.DepartmentId })
            .Select(g => new Counted(g.Key.HandlingDivision, g.Key.HandlingOrgUnitId, g.Key.WindowId, g.Key.DepartmentId, new Figures(
                g.Sum(d => d.Completed), g.Sum(d => d.OnTime), g.Sum(d => d.Early), g.Sum(d => d.Online), g.Sum(d => d.Ratings),
                g.Sum(d => d.Satisfied), g.Sum(d => d.RectificationsClosed), g.Sum(d => d.RectificationsOverdue), 0, 0,
                g.Sum(d => d.Yellow), g.Sum(d => d.Red), g.Sum(d => d.CompletedLate))))
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
        var cases = counted.Where(c => c.Department == "").ToList();
        return cases.Select(c => new UnitFigures(c.Division, c.OrgUnit, c.Figures)).Concat(answered)
            .Concat(cases.Where(c => c.Window != "").Select(c => new UnitFigures(c.Division, c.Window, c.Figures, ScoredSubject.Window)))
            .Concat(counted.Where(c => c.Department != "").Select(c => new UnitFigures(c.Division, c.Department,
                c.Figures with { Online = c.Figures.Completed }, ScoredSubject.Department))) // the channel is not a department's to choose
            .GroupBy(u => (u.Kind, u.Division, u.OrgUnitId))
            .Select(g => new UnitFigures(g.Key.Division, g.Key.OrgUnitId, g.Select(u => u.Figures).Aggregate((a, b) => a + b), g.Key.Kind))
            .ToList();
    }

    private sealed record Counted(string Division, string OrgUnit, string Window, string Department, Figures Figures);
}
