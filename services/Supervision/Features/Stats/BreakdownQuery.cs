using Linkage.Kernel;
using Linkage.ServiceDefaults.Queries;
using Linkage.Supervision.Features.Shared;
using Linkage.Supervision.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Supervision.Features.Stats;

/// <summary>Sums the daily counters of a subtree and period in SQL, grouped by the stored column behind the
/// dimension (day, matter, unit, child division prefix or window), then folds days into weeks or months.
/// <c>by=department</c> sums the departments' task rows, every other dimension the case rows (decision 0521).
/// <c>by=child-region</c> and <c>by=month</c> of a subtree take the whole months from the region's month cells and only
/// the days at the ends from the daily rows (decisions 0524, 0585); a period of whole months is one statement when no count
/// delta waits to be folded (0598), the open cases past due included (<see cref="OpenPastDue"/>, 0516). <paramref name="orgUnit"/>
/// narrows the counters to one handling unit (a clerk's own centre).</summary>
public static class BreakdownQuery
{
    public static async Task<IReadOnlyList<BreakdownRow>> RunAsync(
        SupervisionDbContext db, Subtree subtree, string? orgUnit, Period p, Breakdown by, DateOnly today, CancellationToken ct)
    {
        var parent = DivisionCode.Parse(subtree.Division);
        var open = OpenPastDue.Sql(by, subtree, orgUnit, p, today, BreakdownKeys.ChildLength(parent));
        var months = orgUnit is null && by is Breakdown.ChildRegion or Breakdown.Month ? WholeMonths.Of(p) : null;
        if (months is { Edges.Count: 0 } // whole months: one statement while no delta waits (0598)
            && await MonthlySums.UnlessPendingAsync(db, subtree.Division, months, by == Breakdown.ChildRegion, by == Breakdown.Month, open, ct) is { } cells)
            return Rows(cells, by, parent);
        await CountFold.AllAsync(db, ct); // every fact committed so far is on the day rows (0561), and so in the months (0524)
        var sums = new List<Sums>();
        if (open is not null) sums.AddRange(await db.Database.SqlQuery<Sums>(open).ToListAsync(ct));
        if (months is null) sums.AddRange(await DailyAsync(db, subtree, orgUnit, p, by, parent, ct));
        else
        {
            sums.AddRange(await MonthlySums.SumAsync(db, subtree.Division, false, months, by == Breakdown.ChildRegion, by == Breakdown.Month, ct));
            foreach (var edge in months.Edges) sums.AddRange(await DailyAsync(db, subtree, orgUnit, edge, by, parent, ct));
        }
        return Rows(sums, by, parent);
    }

    private static IReadOnlyList<BreakdownRow> Rows(List<Sums> sums, Breakdown by, DivisionCode parent)
    {
        var byDay = by is Breakdown.Day or Breakdown.Week or Breakdown.Month;
        return sums
            .GroupBy(s => byDay ? BreakdownKeys.DayKey(by, s.Day) : by == Breakdown.ChildRegion ? BreakdownKeys.ChildOf(parent, s.Key) : s.Key)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => BreakdownRow.Of(g.Key, g.Aggregate((a, b) => a + b)))
            .ToList();
    }

    private static Task<List<Sums>> DailyAsync(
        SupervisionDbContext db, Subtree subtree, string? orgUnit, Period p, Breakdown by, DivisionCode parent, CancellationToken ct)
    {
        var (byDay, matter, unit, region, window) = (by is Breakdown.Day or Breakdown.Week or Breakdown.Month,
            by == Breakdown.Matter, by == Breakdown.OrgUnit, by == Breakdown.ChildRegion, by == Breakdown.Window);
        var department = by == Breakdown.Department;
        var child = BreakdownKeys.ChildLength(parent);
        var rows = department ? db.DailyCounts.OfDepartments() : db.DailyCounts.OfCases();
        return rows.AsNoTracking()
            .Where(d => EF.Functions.Like(d.HandlingDivision, subtree.Pattern) && d.Day >= p.From && d.Day <= p.To)
            .Where(d => orgUnit == null || d.HandlingOrgUnitId == orgUnit)
            .GroupBy(d => new
            {
                Day = byDay ? d.Day : DateOnly.MinValue,
                Key = matter ? d.MatterCode : unit ? d.HandlingOrgUnitId : region ? d.HandlingDivision.Substring(0, child)
                    : window ? d.WindowId : department ? d.DepartmentId : "",
            })
            .Select(g => new Sums(g.Key.Key, g.Key.Day, g.Sum(d => d.Received), g.Sum(d => d.Completed), g.Sum(d => d.OnTime),
                g.Sum(d => d.Early), g.Sum(d => d.Instant), g.Sum(d => d.CompletedLate), g.Sum(d => d.StoppedWorkingDays),
                g.Sum(d => d.Yellow), g.Sum(d => d.Red), g.Sum(d => d.Ratings), g.Sum(d => d.GradeSum), g.Sum(d => d.Satisfied),
                g.Sum(d => d.OnSite), g.Sum(d => d.Accepted), 0))
            .ToListAsync(ct);
    }
}
