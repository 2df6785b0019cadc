using Linkage.Bench.Seeding;

namespace Linkage.Bench.Assessment;

/// <summary>A month of facts for 1,000 org units (<c>bench-assess-NNNN</c>) under the demo city's six counties (宁德
/// 350921–350926), 72 towns of about 14 units each: one counter row per unit and day of March 2025, a month no other
/// scenario writes. The facts vary by unit and day so that scores, and therefore ranks, differ.</summary>
public static class MonthSeed
{
    public const int Units = 1000;
    public const string Month = "2025-03";
    private const int Days = 31, CasesPerRow = 3;

    public static Task<bool> EnsureAsync(BenchDatabase db) => Reseed.EnsureAsync(db,
        """SELECT coalesce(sum("Received"), 0) FROM supervision.daily_counts WHERE "HandlingOrgUnitId" LIKE 'bench-assess-%'""",
        """DELETE FROM supervision.daily_counts WHERE "HandlingOrgUnitId" LIKE 'bench-assess-%'""",
        Units * Days * CasesPerRow,
        () => db.ExecuteAsync($"""
            INSERT INTO supervision.daily_counts ("Day", "HandlingDivision", "HandlingOrgUnitId", "MatterCode", "Received",
                "Completed", "OnTime", "Early", "Instant", "CompletedLate", "StoppedWorkingDays", "Yellow", "Red", "Ratings",
                "GradeSum", "Satisfied", "Online", "RectificationsClosed", "RectificationsOverdue")
            SELECT DATE '{Month}-01' + d, '3509' || lpad((21 + u % 6)::text, 2, '0') || (100 + u / 6 % 12)::text || '000',
                   'bench-assess-' || lpad(u::text, 4, '0'), 'bench-matter', {CasesPerRow}, {CasesPerRow},
                   2 + (u + d) % 2, (u % 3 = 0)::int, 0, 1 - (u + d) % 2, 0, (u % 4 = 0 AND d % 5 = 0)::int,
                   (u % 50 = 0 AND d % 10 = 0)::int, 2, 8, 1 + u % 2, u % 3, (u % 20 = 0)::int, (u % 40 = 0)::int
            FROM generate_series(0, {Units - 1}) AS u, generate_series(0, {Days - 1}) AS d;
            ANALYZE supervision.daily_counts;
            """));
}
