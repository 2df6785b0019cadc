using Linkage.Kernel;
using Linkage.Ratings.Persistence;
using Linkage.ServiceDefaults.Queries;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Ratings.Features.Satisfaction;

/// <summary>Published figures (public): a subtree and a period of at most a year, so that a single rating cannot be
/// isolated by slicing periods; small cells suppressed (<see cref="SatisfactionFigures"/>).</summary>
public sealed class GetSatisfactionHandler(RatingsDbContext db, RatingsSettings settings, TimeProvider clock)
{
    private const int MaxDays = 366;

    public async Task<Results<Ok<SatisfactionFigures>, InvalidRequest>> HandleAsync(string? division, string? from, string? to, CancellationToken ct)
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
