using Linkage.Ratings.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Ratings.Features.Satisfaction;

/// <summary>Sums a closed month's pre-aggregated cells (<see cref="MonthlyCells"/>) in a subtree, grouped by one
/// published dimension: a few rows per unit, never a scan of the month's ratings (decision 0583), and summed once per
/// build of the month's cells (<see cref="PublishedSums"/>).</summary>
public static class MonthlyQuery
{
    public static readonly IReadOnlyDictionary<string, string> Columns = new Dictionary<string, string>
    {
        ["unit"] = "HandlingOrgUnitId",
        ["window"] = "WindowOrgUnitId",
        ["matter"] = "MatterCode",
        ["region"] = "HandlingDivision",
    };

    public static async Task<IReadOnlyList<MonthlyRow>> RunAsync(
        RatingsDbContext db, PublishedSums kept, string by, string pattern, DateOnly month, CancellationToken ct)
    {
        var mark = await MonthlyCells.EnsureBuiltAsync(db, month, ct);
        if (kept.Find(month, pattern, by, mark) is { } known) return known;
        var column = Columns[by]; // from the fixed list above, never from the request
        var rows = await db.Database.SqlQueryRaw<MonthlyRow>(Sql.Replace("@key", column), month, pattern).ToListAsync(ct);
        kept.Keep(month, pattern, by, mark, rows);
        return rows;
    }

    private const string Sql = """
        SELECT c."@key" AS "Key", sum(c."Total")::int AS "Total", sum(c."Satisfied")::int AS "Satisfied", sum(c."Bad")::int AS "Bad",
               sum(c."Rectified")::int AS "Rectified", sum(c."Visited")::int AS "Visited"
        FROM ratings.monthly_cells c
        WHERE c."Month" = {0} AND c."HandlingDivision" LIKE {1}
        GROUP BY c."@key" ORDER BY 1
        """;
}
