using Linkage.Bench.Seeding;

namespace Linkage.Bench.Stats;

/// <summary>A province-wide year of supervision's pre-aggregated daily counters (supervision.daily_counts, the table the
/// stats endpoints sum): every row four cases received and completed by one of 1,000 bench units spread over the
/// province's nine cities, on one day of 2024, for one matter. Units are <c>bench-stats-NNNN</c>; 2024 is a year
/// no other scenario writes.</summary>
public static class CounterSeed
{
    public const int CasesPerRow = 4;
    public const string From = "2024-01-01";
    public const string To = "2024-12-31";

    public static long Rows(int scale) => scale / CasesPerRow;

    public static Task<bool> EnsureAsync(BenchDatabase db, int scale) => Reseed.EnsureAsync(db,
        """SELECT coalesce(sum("Received"), 0) FROM supervision.daily_counts WHERE "HandlingOrgUnitId" LIKE 'bench-stats-%'""",
        """DELETE FROM supervision.daily_counts WHERE "HandlingOrgUnitId" LIKE 'bench-stats-%'""",
        Rows(scale) * CasesPerRow,
        () => db.ExecuteAsync($"""
            INSERT INTO supervision.daily_counts ("Day", "HandlingDivision", "HandlingOrgUnitId", "MatterCode", "Received",
                "Completed", "OnTime", "Early", "Instant", "CompletedLate", "StoppedWorkingDays", "Yellow", "Red", "Ratings",
                "GradeSum", "Satisfied", "Online", "RectificationsClosed", "RectificationsOverdue")
            SELECT DATE '{From}' + (g / 1000 % 366)::int,
                   '35' || lpad((u % 9 + 1)::text, 2, '0') || lpad((21 + u / 9 % 9)::text, 2, '0') || (100 + u / 81 % 13)::text || '000',
                   'bench-stats-' || lpad(u::text, 4, '0'), 'bench-matter-' || (g / 366000)::text,
                   {CasesPerRow}, {CasesPerRow}, 3, 1, 0, 1, 0, (g % 7 = 0)::int, (g % 31 = 0)::int, 2, 9, 2, 1, 0, 0
            FROM generate_series(0, {Rows(scale) - 1}) AS g, LATERAL (SELECT (g % 1000)::int AS u) unit;
            ANALYZE supervision.daily_counts;
            """));
}
