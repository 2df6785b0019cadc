using Linkage.Kernel;
using Linkage.ServiceDefaults.Queries;
using Linkage.Supervision.Features.Shared;
using Linkage.Supervision.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Supervision.Features.Stats;

/// <summary>Sums the daily counters of a subtree and period in SQL, grouped by the stored column behind the
/// dimension (day, matter, unit, division or window), then folds days into weeks or months and divisions into children.
/// <c>by=department</c> sums the departments' task rows, every other dimension the case rows (decision 0521).
/// <paramref name="orgUnit"/> narrows the counters to one handling unit (a clerk's own centre).</summary>
public static class BreakdownQuery
{
    public static async Task<IReadOnlyList<BreakdownRow>> RunAsync(
        SupervisionDbContext db, Subtree subtree, string? orgUnit, Period p, Breakdown by, CancellationToken ct)
    {
        var (byDay, matter, unit, region, window) = (by is Breakdown.Day or Breakdown.Week or Breakdown.Month,
            by == Breakdown.Matter, by == Breakdown.OrgUnit, by == Breakdown.ChildRegion, by == Breakdown.Window);
        var department = by == Breakdown.Department;
        await CountFold.AllAsync(db, ct);
        var rows = department ? db.DailyCounts.OfDepartments() : db.DailyCounts.OfCases();
        var sums = await rows.AsNoTracking()
            .Where(d => EF.Functions.Like(d.HandlingDivision, subtree.Pattern) && d.Day >= p.From && d.Day <= p.To)
            .Where(d => orgUnit == null || d.HandlingOrgUnitId == orgUnit)
            .GroupBy(d => new
            {
                Day = byDay ? d.Day : DateOnly.MinValue,
                Key = matter ? d.MatterCode : unit ? d.HandlingOrgUnitId : region ? d.HandlingDivision : window ? d.WindowId
                    : department ? d.DepartmentId : "",
            })
            .Select(g => new Sums(g.Key.Key, g.Key.Day, g.Sum(d => d.Received), g.Sum(d => d.Completed), g.Sum(d => d.OnTime),
                g.Sum(d => d.Early), g.Sum(d => d.Instant), g.Sum(d => d.CompletedLate), g.Sum(d => d.StoppedWorkingDays),
                g.Sum(d => d.Yellow), g.Sum(d => d.Red), g.Sum(d => d.Ratings), g.Sum(d => d.GradeSum), g.Sum(d => d.Satisfied)))
            .ToListAsync(ct);
        var parent = DivisionCode.Parse(subtree.Division);
        return sums
            .GroupBy(s => byDay ? BreakdownKeys.DayKey(by, s.Day) : region ? BreakdownKeys.ChildOf(parent, s.Key) : s.Key)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => BreakdownRow.Of(g.Key, g.Aggregate((a, b) => a + b)))
            .ToList();
    }
}
