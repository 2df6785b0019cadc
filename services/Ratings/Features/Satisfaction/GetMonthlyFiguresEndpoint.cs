using System.Globalization;
using Linkage.Kernel;
using Linkage.Ratings.Persistence;

namespace Linkage.Ratings.Features.Satisfaction;

/// <summary>GET /api/ratings/satisfaction/monthly?division=&amp;month=yyyy-MM&amp;by=unit|window|matter|region (public):
/// one closed month at a time, small cells suppressed.</summary>
public static class GetMonthlyFiguresEndpoint
{
    public static void Map(RouteGroupBuilder api) => api
        .MapGet("/satisfaction/monthly", Handle)
        .AllowAnonymous()
        .WithName("GetMonthlySatisfaction")
        .WithSummary("Published monthly figures per unit, window, matter or region, once the month has closed (public).");

    private static async Task<Results<Ok<MonthlyFigures>, InvalidRequest>> Handle(
        string? division, string? month, string? by, RatingsDbContext db, PublishedSums kept, RatingsSettings settings, TimeProvider clock, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var root = DivisionParameter.Parse(division, errors);
        var grouping = by ?? "unit";
        errors.Require(MonthlyQuery.Columns.ContainsKey(grouping), "by", "Use unit, window, matter or region.");
        var first = FirstDay(month, ChinaTime.Today(clock), errors);
        if (errors.Any || root is not { } code || first is not { } from) return Problems.Invalid(errors);

        var rows = await MonthlyQuery.RunAsync(db, kept, grouping, code.SignificantPrefix + "%", from, ct);
        return TypedResults.Ok(new MonthlyFigures(code.SignificantPrefix.PadRight(12, '0'), month!, grouping, settings.SmallCellThreshold,
            rows.Select(r => MonthlyCell.Of(r, settings.SmallCellThreshold)).ToList()));
    }

    /// <summary>The month's first day; only closed months are published.</summary>
    private static DateOnly? FirstDay(string? month, DateOnly today, FieldErrors errors)
    {
        if (!DateOnly.TryParseExact(month?.Trim() + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var first))
        {
            errors.Add("month", "A month as yyyy-MM is required.");
            return null;
        }
        if (first.AddMonths(1) > today)
        {
            errors.Add("month", "Figures are published once the month has closed.");
            return null;
        }
        return first;
    }
}
