using Linkage.Kernel;
using Linkage.ServiceDefaults.Queries;
using Linkage.Supervision.Features.Shared;
using Linkage.Supervision.Persistence;

namespace Linkage.Supervision.Features.Stats;

/// <summary>The published counts of a subtree within the caller's own and a period of at most a year; a division outside it is 404.</summary>
public sealed class GetStatsHandler(SupervisionDbContext db, TimeProvider clock)
{
    public async Task<Results<Ok<SupervisionStats>, InvalidRequest, ProblemHttpResult>> HandleAsync(
        string? division, string? from, string? to, CallerContext caller, CancellationToken ct)
    {
        var today = ChinaTime.Today(clock);
        var errors = new FieldErrors();
        var code = SubtreeParameter.Parse(division, caller, errors);
        var period = BreakdownKeys.PeriodOf(from, to, today, errors);
        if (errors.Any) return Problems.Invalid(errors);
        if (SubtreeParameter.Within(code, caller) is not { } subtree) return Problems.NotFound($"Division {division}");

        var counts = await StatsQuery.CountAsync(db, subtree.Pattern, caller, period!, today, ct);
        return TypedResults.Ok(SupervisionStats.Of(subtree.Division, period!.From, period.To, counts));
    }
}
