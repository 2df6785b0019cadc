using Linkage.Contracts.Events.Ratings;
using Linkage.Ratings.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Ratings.Features.Satisfaction;

/// <summary>Counts a month of ratings handled in a subtree, grouped by one published dimension. Ratings taken out by
/// an upheld appeal are not counted.</summary>
public static class MonthlyQuery
{
    public static readonly IReadOnlyDictionary<string, string> Columns = new Dictionary<string, string>
    {
        ["unit"] = "HandlingOrgUnitId",
        ["window"] = "WindowOrgUnitId",
        ["matter"] = "MatterCode",
        ["region"] = "HandlingDivision",
    };

    public static Task<List<MonthlyRow>> RunAsync(RatingsDbContext db, string by, string pattern, DateOnly from, DateOnly to, CancellationToken ct)
    {
        var column = Columns[by]; // from the fixed list above, never from the request
        return db.Database.SqlQueryRaw<MonthlyRow>(Sql.Replace("@key", column), pattern, from, to).ToListAsync(ct);
    }

    private static readonly string Sql = $$"""
            SELECT r."@key" AS "Key", count(*)::int AS "Total",
                   count(*) FILTER (WHERE r."Grade" >= {{RatingGrades.SatisfiedFrom}})::int AS "Satisfied",
                   count(*) FILTER (WHERE r."Grade" <= {{RatingGrades.BadUpTo}})::int AS "Bad",
                   count(x."Id") FILTER (WHERE x."Status" IN ('FedBack', 'Closed'))::int AS "Rectified",
                   count(x."VisitedAt")::int AS "Visited"
            FROM ratings.ratings r LEFT JOIN ratings.rectifications x ON x."RatingId" = r."Id"
            WHERE r."HandlingDivision" LIKE {0} AND r."RatedOn" >= {1} AND r."RatedOn" <= {2} AND NOT r."ExcludedFromFigures"
            GROUP BY r."@key" ORDER BY 1
            """;
}
