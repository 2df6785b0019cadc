using Linkage.Kernel;
using Linkage.ServiceDefaults.Queries;
using Linkage.Supervision.Features.Shared;
using Linkage.Supervision.Persistence;

namespace Linkage.Supervision.Features.Stats;

public static class GetStatsEndpoint
{
    public static void Map(RouteGroupBuilder api) => api
        .MapGet("/stats", Handle)
        .WithName("GetSupervisionStats")
        .WithSummary("Received, completed, on-time, early, instant and overdue counts for a subtree and period.");

    private static async Task<Results<Ok<SupervisionStats>, InvalidRequest, ProblemHttpResult>> Handle(
        string? division, string? from, string? to, HttpContext http, SupervisionDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var caller = http.Caller();
        var today = ChinaTime.Today(clock);
        var errors = new FieldErrors();
        var code = SubtreeParameter.Parse(division, caller, errors);
        var period = Period.Parse(from, to, today, errors);
        if (errors.Any) return Problems.Invalid(errors);
        if (SubtreeParameter.Within(code, caller) is not { } subtree) return Problems.NotFound($"Division {division}");

        var counts = await StatsQuery.CountAsync(db, subtree.Pattern, caller, period!, today, ct);
        return TypedResults.Ok(SupervisionStats.Of(subtree.Division, period!.From, period.To, counts));
    }
}
