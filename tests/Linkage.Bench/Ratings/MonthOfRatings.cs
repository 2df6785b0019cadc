using Linkage.Bench.Seeding;

namespace Linkage.Bench.Ratings;

/// <summary>A province's month of ratings (ratings.ratings, the table the published figures count): <c>scale</c> ratings
/// in February 2025, a month no other scenario rates in, over 1,000 bench units (<c>bench-figures-NNNN</c>) spread over
/// the province's nine cities and 20 matters. Grades: 1 % each of 1 and 2, 8 % 3, 30 % 4, the rest 5. Rated by
/// <c>bench-figures</c>, whose rows are kept while there are exactly as many as asked for.</summary>
public static class MonthOfRatings
{
    public const string Month = "2025-02";

    public static Task<bool> EnsureAsync(BenchDatabase db, int scale) => Reseed.EnsureAsync(db,
        """SELECT count(*) FROM ratings.ratings WHERE "RaterSubject" = 'bench-figures'""",
        """DELETE FROM ratings.ratings WHERE "RaterSubject" = 'bench-figures'""",
        scale,
        () => db.ExecuteAsync($"""
            INSERT INTO ratings.ratings ("Id", "CaseId", "Channel", "Grade", "IndicatorSet", "IndicatorSetVersion", "Indicators",
                "MatterCode", "HandlingOrgUnitId", "HandlingDivision", "WindowOrgUnitId", "RaterSubject", "RatedAt", "RatedOn",
                "ExcludedFromFigures")
            SELECT gen_random_uuid(), gen_random_uuid(), 'Window',
                   CASE WHEN g % 100 = 0 THEN 1 WHEN g % 100 = 1 THEN 2 WHEN g % 100 < 10 THEN 3 WHEN g % 100 < 40 THEN 4 ELSE 5 END,
                   'offline', 1, '{"{}"}', 'bench-matter-' || (g % 20),
                   'bench-figures-' || lpad(u::text, 4, '0'),
                   '35' || lpad((u % 9 + 1)::text, 2, '0') || lpad((21 + u / 9 % 9)::text, 2, '0') || (100 + u / 81 % 13)::text || '000',
                   'bench-figures-' || lpad(u::text, 4, '0'), 'bench-figures', at, (at AT TIME ZONE 'Asia/Shanghai')::date, false
            FROM generate_series(0, {scale - 1}) AS g,
                 LATERAL (SELECT (g % 1000)::int AS u, TIMESTAMPTZ '{Month}-01 08:00+08' + (g % 28) * interval '1 day' + (g % 480) * interval '1 minute' AS at) x;
            ANALYZE ratings.ratings;
            """));
}
