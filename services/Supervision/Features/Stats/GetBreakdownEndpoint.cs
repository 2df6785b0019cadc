using Linkage.Kernel;
using Linkage.ServiceDefaults.Json;
using Linkage.ServiceDefaults.Queries;
using Linkage.Supervision.Features.Charts;
using Linkage.Supervision.Features.Shared;
using Linkage.Supervision.Persistence;

namespace Linkage.Supervision.Features.Stats;

public static class GetBreakdownEndpoint
{
    public static void Map(RouteGroupBuilder api) => api
        .MapGet("/stats/breakdown", Handle)
        .WithName("GetSupervisionStatsBreakdown")
        .WithMetadata(new ReportEndpoint())
        .WithSummary("Pre-aggregated figures of a subtree and period by day, week, month, matter, org unit, child region, window or department; JSON, CSV, XLSX or an SVG chart of completions.");

    private static async Task<Results<Ok<IReadOnlyList<BreakdownRow>>, ContentHttpResult, FileContentHttpResult, InvalidRequest, ProblemHttpResult>> Handle(
        string? division, string? from, string? to, string? by, string? format, HttpContext http, SupervisionDbContext db,
        TimeProvider clock, CancellationToken ct)
    {
        var caller = http.Caller();
        var errors = new FieldErrors();
        var code = SubtreeParameter.Parse(division, caller, errors);
        var today = ChinaTime.Today(clock);
        var period = BreakdownKeys.PeriodOf(from, to, today, errors);
        if (!KebabEnum.TryParse<Breakdown>(by ?? "day", out var dimension))
            errors.Add("by", "Use day, week, month, matter, org-unit, child-region, window or department.");
        if (format is not (null or "json" or "csv" or "xlsx" or "svg")) errors.Add("format", "Use json, csv, xlsx or svg.");
        if (errors.Any) return Problems.Invalid(errors);
        if (SubtreeParameter.Within(code, caller) is not { } subtree || CounterReach.Of(caller) is not { } reach)
            return Problems.NotFound($"Division {division}");

        var rows = await BreakdownQuery.RunAsync(db, subtree, reach.OrgUnit, period!, dimension, today, ct);
        return format switch
        {
            "csv" => TypedResults.Text(BreakdownCsv.Write(rows), "text/csv; charset=utf-8"),
            "svg" => TypedResults.Text(BreakdownChart.Write(subtree.Division, dimension, rows), SvgBarChart.ContentType),
            "xlsx" => TypedResults.File(BreakdownXlsx.Write(rows), BreakdownXlsx.ContentType, $"supervision-{subtree.Division}-{dimension}.xlsx"),
            _ => TypedResults.Ok(rows),
        };
    }
}
