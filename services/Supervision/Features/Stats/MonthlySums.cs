using Linkage.Supervision.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Supervision.Features.Stats;

/// <summary>The month-by-division totals the daily counters' trigger keeps (<c>supervision.monthly_counts</c>,
/// decision 0524): case rows or department rows of a subtree over whole months, grouped by the first
/// <paramref name="divisionLength"/> digits of the division (0: not by division) and by month or not.</summary>
public static class MonthlySums
{
    public static Task<List<Sums>> SumAsync(SupervisionDbContext db, string pattern, bool departments, WholeMonths months,
        int divisionLength, bool byMonth, CancellationToken ct) => db.Database.SqlQuery<Sums>($"""
            SELECT left("HandlingDivision", {divisionLength}) AS "Key",
                CASE WHEN {byMonth} THEN "Month" ELSE DATE '0001-01-01' END AS "Day",
                sum("Received")::int AS "Received", sum("Completed")::int AS "Completed", sum("OnTime")::int AS "OnTime",
                sum("Early")::int AS "Early", sum("Instant")::int AS "Instant", sum("CompletedLate")::int AS "CompletedLate",
                sum("StoppedWorkingDays")::int AS "StoppedWorkingDays", sum("Yellow")::int AS "Yellow", sum("Red")::int AS "Red",
                sum("Ratings")::int AS "Ratings", sum("GradeSum")::int AS "GradeSum", sum("Satisfied")::int AS "Satisfied"
            FROM supervision.monthly_counts
            WHERE "Departments" = {departments} AND "HandlingDivision" LIKE {pattern}
              AND "Month" BETWEEN {months.FirstMonth} AND {months.LastMonth}
            GROUP BY 1, 2
            """).ToListAsync(ct);
}
