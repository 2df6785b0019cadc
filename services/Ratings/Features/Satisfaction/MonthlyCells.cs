using Linkage.Contracts.Events.Ratings;
using Linkage.Ratings.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Ratings.Features.Satisfaction;

/// <summary>A closed month's figures per handling region, unit, window and matter, counted once from the ratings and
/// kept in <c>ratings.monthly_cells</c> until a write to one of the month's ratings or rectifications drops the
/// month's built mark (the triggers of migration MonthlyFigureCells). Ratings taken out by an upheld appeal are not
/// counted, nor a mirror of another deployment's rectification (0519). Built under the month's advisory lock, which
/// those triggers take too, so a change that commits while a build runs waits for it and then drops the mark again
/// (decision 0583).</summary>
public static class MonthlyCells
{
    private const string Built = """SELECT "BuiltAt" AS "Value" FROM ratings.monthly_built WHERE "Month" = {0}""";

    private static readonly string Build = $$"""
        DELETE FROM ratings.monthly_cells WHERE "Month" = {0};
        INSERT INTO ratings.monthly_cells ("Month", "HandlingDivision", "HandlingOrgUnitId", "WindowOrgUnitId", "MatterCode",
            "Total", "Satisfied", "Bad", "Rectified", "Visited")
        SELECT {0}, r."HandlingDivision", r."HandlingOrgUnitId", r."WindowOrgUnitId", r."MatterCode", count(*),
               count(*) FILTER (WHERE r."Grade" >= {{RatingGrades.SatisfiedFrom}}),
               count(*) FILTER (WHERE r."Grade" <= {{RatingGrades.BadUpTo}}),
               count(x."Id") FILTER (WHERE x."Status" IN ('FedBack', 'Closed')),
               count(x."VisitedAt")
        FROM ratings.ratings r LEFT JOIN ratings.rectifications x ON x."RatingId" = r."Id" AND NOT x."Mirror"
        WHERE r."RatedOn" >= {0} AND r."RatedOn" < {1} AND NOT r."ExcludedFromFigures"
        GROUP BY 2, 3, 4, 5;
        INSERT INTO ratings.monthly_built ("Month", "BuiltAt") VALUES ({0}, now());
        """;

    /// <summary>Builds the month's cells unless they stand; answers the build's mark, which changes with every rebuild.</summary>
    public static async Task<DateTimeOffset> EnsureBuiltAsync(RatingsDbContext db, DateOnly month, CancellationToken ct)
    {
        if (await BuiltAtAsync(db, month, ct) is { } built) return built;
        return await db.Database.CreateExecutionStrategy().ExecuteAsync(async token =>
        {
            await using var tx = await db.Database.BeginTransactionAsync(token);
            await db.Database.ExecuteSqlAsync(
                $"SELECT pg_advisory_xact_lock(hashtextextended('linkage.ratings.figures.' || {month}::text, 0))", token);
            if (await BuiltAtAsync(db, month, token) is not { } mark) // else another publication built it meanwhile
            {
                await db.Database.ExecuteSqlRawAsync(Build, [month, month.AddMonths(1)], token);
                mark = (await BuiltAtAsync(db, month, token))!.Value;
            }
            await tx.CommitAsync(token);
            return mark;
        }, ct);
    }

    private static async Task<DateTimeOffset?> BuiltAtAsync(RatingsDbContext db, DateOnly month, CancellationToken ct) =>
        (await db.Database.SqlQueryRaw<DateTimeOffset>(Built, month).ToListAsync(ct)) is [var built] ? built : null;
}
