using Linkage.Kernel;
using Linkage.Ratings.Persistence;
using Linkage.ServiceDefaults.Queries;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Ratings.Features.Satisfaction;

public static class GetSatisfactionEndpoint
{
    /// <summary>Published figures cover at most a year, so a single rating cannot be isolated by slicing periods.</summary>
    private const int MaxDays = 366;

    public static void Map(RouteGroupBuilder api) => api
        .MapGet("/satisfaction", Handle)
        .AllowAnonymous()
        .WithName("GetSatisfaction")
        .WithSummary("Published satisfaction figures for a division's subtree and period (public).");

    private static async Task<Results<Ok<SatisfactionFigures>, InvalidRequest>> Handle(
        string? division, string? from, string? to, RatingsDbContext db, RatingsSettings settings, TimeProvider clock, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var code = DivisionParameter.Parse(division, errors);
        var period = Period.Parse(from, to, ChinaTime.Today(clock), errors);
        errors.Require(period is null || period.Days <= MaxDays, "to", $"A published period is at most {MaxDays} days.");
        if (errors.Any || code is not { } root) return Problems.Invalid(errors);

        var pattern = root.SignificantPrefix + "%";
        var counts = await db.Ratings.AsNoTracking()
            .Where(r => EF.Functions.Like(r.HandlingDivision, pattern) && r.RatedOn >= period!.From && r.RatedOn <= period.To)
            .Where(r => !r.ExcludedFromFigures)
            .GroupBy(r => r.Grade)
            .Select(g => new { Grade = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Grade, g => g.Count, ct);
        return TypedResults.Ok(SatisfactionFigures.Of(root.SignificantPrefix.PadRight(12, '0'), period!.From, period.To, counts,
            settings.SmallCellThreshold));
    }
}
