using Linkage.Kernel;
using Linkage.ServiceDefaults.Queries;
using Linkage.Supervision.Features.Shared;
using Linkage.Supervision.Persistence;

namespace Linkage.Supervision.Features.Stats;

public static class GetRolledUpStateEndpoint
{
    public static void Map(RouteGroupBuilder api) => api
        .MapGet("/stats/rolled-up", Handle)
        .WithName("GetSupervisionRolledUpState")
        .WithSummary("What the child deployments of a subtree have open, by child region: cases past due, alarms and 督办 orders by state.");

    private static async Task<Results<Ok<Page<RolledUpState>>, InvalidRequest, ProblemHttpResult>> Handle(
        string? division, string? from, string? to, PageRequest page, HttpContext http, SupervisionDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var caller = http.Caller();
        var errors = new FieldErrors();
        var code = SubtreeParameter.Parse(division, caller, errors);
        var period = BreakdownKeys.PeriodOf(from, to, ChinaTime.Today(clock), errors);
        if (errors.Any) return Problems.Invalid(errors);
        // the rows name a division, not a unit: subtree roles only (a clerk's reach is one unit, decision 0463)
        if (SubtreeParameter.Within(code, caller) is not { } subtree || CounterReach.Of(caller) is not { OrgUnit: null })
            return Problems.NotFound($"Division {division}");
        var rows = await RolledUpState.ByChildRegionAsync(db, subtree, period!, ct);
        return TypedResults.Ok(await rows.PageAsync(page, o => o.Asc(r => r.Key), ct));
    }
}
