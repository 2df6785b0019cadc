using Linkage.Kernel;
using Linkage.Ratings.Features.Shared;
using Linkage.Ratings.Persistence;
using Linkage.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Ratings.Features.Satisfaction;

public static class GetSatisfactionEndpoint
{
    public static void Map(RouteGroupBuilder api) => api
        .MapGet("/satisfaction", Handle)
        .AllowAnonymous()
        .WithName("GetSatisfaction")
        .WithSummary("Published satisfaction figures for a division's subtree and period (public).");

    private static async Task<Results<Ok<SatisfactionFigures>, InvalidRequest>> Handle(
        string? division, string? from, string? to, RatingsDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var code = DivisionOf(division, errors);
        var period = Period.Parse(from, to, ChinaTime.Today(clock), errors);
        if (errors.Any || code is not { } root) return Problems.Invalid(errors);

        var pattern = root.SignificantPrefix + "%";
        var counts = await db.Ratings.AsNoTracking()
            .Where(r => EF.Functions.Like(r.HandlingDivision, pattern) && r.RatedOn >= period!.From && r.RatedOn <= period.To)
            .GroupBy(r => r.Grade)
            .Select(g => new { Grade = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Grade, g => g.Count, ct);
        return TypedResults.Ok(SatisfactionFigures.Of(root.SignificantPrefix.PadRight(12, '0'), period!.From, period.To, counts));
    }

    private static DivisionCode? DivisionOf(string? division, FieldErrors errors)
    {
        if (string.IsNullOrWhiteSpace(division)) { errors.Add("division", "The division (12-digit code) is required."); return null; }
        if (DivisionCode.TryParse(division.Trim(), out var code, out var error)) return code;
        errors.Add("division", error ?? "A 12-digit division code is expected.");
        return null;
    }
}
