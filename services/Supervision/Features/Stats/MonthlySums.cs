using System.Runtime.CompilerServices;
using System.Text.Json;
using Linkage.Supervision.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Supervision.Features.Stats;

/// <summary>A region's whole months from its month cells (<c>supervision.region_months</c>, decision 0585): case rows
/// or department rows, keyed by child region or not (''), by month or not. Reads the region's children × months cells,
/// whatever the number of cases, units, matters or days below it.</summary>
public static class MonthlySums
{
    public static Task<List<Sums>> SumAsync(SupervisionDbContext db, string region, bool departments, WholeMonths months,
        bool byChild, bool byMonth, CancellationToken ct) =>
        db.Database.SqlQuery<Sums>(Sql(region, departments, months, byChild, byMonth)).ToListAsync(ct);

    /// <summary>The case rows' sums in one statement that first asks whether any count delta waits to be folded (0561),
    /// and reads no cell if one does: null then, and the caller folds before it reads (decision 0598). <paramref name="also"/>:
    /// rows shaped as <see cref="Sums"/> read in the same statement (the open cases past due, 0516).</summary>
    public static async Task<List<Sums>?> UnlessPendingAsync(SupervisionDbContext db, string region, WholeMonths months,
        bool byChild, bool byMonth, FormattableString? also, CancellationToken ct)
    {
        var answer = await db.Database.SqlQuery<PendingOrSums>(UnlessPendingSql(region, months, byChild, byMonth, also)).SingleAsync(ct);
        return answer.Pending ? null : JsonSerializer.Deserialize<List<Sums>>(answer.Sums!);
    }

    /// <summary>The statement, for <see cref="SumAsync"/> and for a test that analyses its plan.</summary>
    public static FormattableString Sql(string region, bool departments, WholeMonths months, bool byChild, bool byMonth) => $"""
        SELECT CASE WHEN {byChild} THEN "Child" ELSE '' END AS "Key",
            CASE WHEN {byMonth} THEN "Month" ELSE DATE '0001-01-01' END AS "Day",
            sum("Received")::int AS "Received", sum("Completed")::int AS "Completed", sum("OnTime")::int AS "OnTime",
            sum("Early")::int AS "Early", sum("Instant")::int AS "Instant", sum("CompletedLate")::int AS "CompletedLate",
            sum("StoppedWorkingDays")::int AS "StoppedWorkingDays", sum("Yellow")::int AS "Yellow", sum("Red")::int AS "Red",
            sum("Ratings")::int AS "Ratings", sum("GradeSum")::int AS "GradeSum", sum("Satisfied")::int AS "Satisfied",
            sum("OnSite")::int AS "OnSite", sum("Accepted")::int AS "Accepted", 0 AS "OpenOverdue"
        FROM supervision.region_months
        WHERE "Departments" = {departments} AND "Region" = {region} AND "Month" BETWEEN {months.FirstMonth} AND {months.LastMonth}
        GROUP BY 1, 2
        """;

    /// <summary><see cref="Sql"/> of the case rows behind the pending check; the cells are read only when nothing waits.</summary>
    private static FormattableString UnlessPendingSql(string region, WholeMonths months, bool byChild, bool byMonth, FormattableString? also)
    {
        var cells = Sql(region, false, months, byChild, byMonth);
        var sums = also is null ? cells : OpenPastDue.Union(cells, "\nUNION ALL\n", also);
        return FormattableStringFactory.Create($$"""
            SELECT p."Pending", CASE WHEN p."Pending" THEN NULL ELSE (SELECT coalesce(json_agg(s), '[]') FROM ({{sums.Format}}) s)::text END AS "Sums"
            FROM (SELECT EXISTS (SELECT 1 FROM supervision.count_deltas) AS "Pending") p
            """, sums.GetArguments());
    }

    public sealed record PendingOrSums(bool Pending, string? Sums);
}
