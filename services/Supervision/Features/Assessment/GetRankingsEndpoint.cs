using Linkage.Kernel;
using Linkage.Supervision.Features.Charts;
using Linkage.Supervision.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Supervision.Features.Assessment;

/// <summary>GET /rankings?parent=&amp;month= (public): the children of a region ranked, from the published assessment
/// of the nearest region at or above it. Nothing published: 404.</summary>
public static class GetRankingsEndpoint
{
    public static void Map(RouteGroupBuilder api) => api
        .MapGet("/rankings", Handle)
        .AllowAnonymous()
        .WithName("GetRankings")
        .WithSummary("The published monthly ranking of a region's children (public); format=svg for the chart.");

    private static async Task<Results<Ok<Ranking>, ContentHttpResult, InvalidRequest, ProblemHttpResult>> Handle(
        string? parent, string? month, string? format, SupervisionDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var errors = new FieldErrors();
        if (!DivisionCode.TryParse(parent?.Trim(), out var code, out var error)) errors.Add("parent", error);
        var period = AssessmentMonth.Parse(month, ChinaTime.Today(clock), errors);
        if (format is not (null or "json" or "svg")) errors.Add("format", "Use json or svg.");
        if (errors.Any) return Problems.Invalid(errors);

        var lineage = AssessmentRuleBook.Lineage(code).ToList();
        var published = await db.Assessments.AsNoTracking()
            .Where(a => a.Month == period!.Key && a.PublishedAt != null && lineage.Contains(a.Division))
            .ToListAsync(ct);
        if (published.OrderBy(a => lineage.IndexOf(a.Division)).FirstOrDefault() is not { } nearest)
            return Problems.NotFound($"Rankings {parent} {month}");
        var children = AssessmentJson.Read<AssessmentResult>(nearest.ResultJson).Subjects.Where(s => s.Parent == code.Value).ToList();
        return format == "svg"
            ? TypedResults.Text(AssessmentCharts.Ranking(code.Value, period!.Key, children), SvgBarChart.ContentType)
            : TypedResults.Ok(new Ranking(code.Value, period!.Key, nearest.Division, nearest.PublishedAt!.Value, children.Select(RankedChild.Of).ToList()));
    }
}
