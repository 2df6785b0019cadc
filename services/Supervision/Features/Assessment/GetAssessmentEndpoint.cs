using Linkage.Documents;
using Linkage.Messaging;
using Linkage.ServiceDefaults.Audit;
using Linkage.Supervision.Features.Charts;
using Linkage.Supervision.Features.Shared;
using Linkage.Supervision.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Supervision.Features.Assessment;

/// <summary>GET /assessments/{division}/{month}: the stored run for supervisors and admins of the subtree (everyone else
/// reads the published rankings), as JSON, the printable 通报
/// (PDF) or the ranking chart (SVG); POST …/publish makes its rankings public (一月一通报).</summary>
public static class GetAssessmentEndpoint
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/assessments/{division}/{month}", Get).WithName("GetAssessment")
            .WithSummary("A month's assessment of a subtree: JSON, the printable notice (format=pdf) or the ranking chart (format=svg).");
        api.MapPost("/assessments/{division}/{month}/publish", Publish).WithName("PublishAssessment")
            .WithSummary("一月一通报: publish a month's assessment; its rankings become public.");
    }

    private static async Task<Results<Ok<AssessmentView>, FileContentHttpResult, ContentHttpResult, InvalidRequest, ProblemHttpResult>> Get(
        string division, string month, string? format, HttpContext http, SupervisionDbContext db, PdfRenderer renderer, CancellationToken ct)
    {
        if (format is not (null or "json" or "pdf" or "svg")) return Problems.Invalid("format", "Use json, pdf or svg.");
        var caller = http.Caller();
        if (!SupervisionScope.MaySupervise(caller) || await FindAsync(division, month, caller, db, ct) is not { } found)
            return Problems.NotFound($"Assessment {division} {month}");
        var result = AssessmentJson.Read<AssessmentResult>(found.ResultJson);
        return format switch
        {
            "pdf" => TypedResults.File(renderer.Render(AssessmentNotice.Of(result, found.PublishedAt)), PdfRenderer.ContentType,
                $"assessment-{found.Division}-{found.Month}.pdf"),
            "svg" => TypedResults.Text(AssessmentCharts.Ranking(found.Division, found.Month,
                result.Subjects.Where(s => s.Parent == found.Division).ToList()), SvgBarChart.ContentType),
            _ => TypedResults.Ok(new AssessmentView(result, found.PublishedAt)),
        };
    }

    private static async Task<Results<Ok<AssessmentView>, ProblemHttpResult>> Publish(
        string division, string month, HttpContext http, SupervisionDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var caller = http.Caller();
        if (!SupervisionScope.MaySupervise(caller) || await FindAsync(division, month, caller, db, ct, track: true) is not { } found)
            return Problems.NotFound($"Assessment {division} {month}");
        if (!found.Publish(caller.Subject, clock.GetUtcNow())) return Problems.Conflict("The assessment is published already.");
        db.Audit(caller, "assessment.published", "assessment", $"{division}/{month}");
        if (!await db.SavedUnlessRacedAsync(ct)) // another run or the publication of the month committed first (0715)
            return Problems.Conflict($"The assessment of {found.Division} for {found.Month} was run or published by another request meanwhile; read it again.");
        return TypedResults.Ok(new AssessmentView(AssessmentJson.Read<AssessmentResult>(found.ResultJson), found.PublishedAt));
    }

    /// <summary>The stored run, when the caller may see the division; a malformed code finds nothing either.</summary>
    private static async Task<Domain.Assessment?> FindAsync(
        string division, string month, CallerContext caller, SupervisionDbContext db, CancellationToken ct, bool track = false)
    {
        if (SubtreeParameter.Within(SubtreeParameter.Parse(division, caller, new FieldErrors()), caller) is not { } subtree) return null;
        var query = track ? db.Assessments : db.Assessments.AsNoTracking();
        return await query.FirstOrDefaultAsync(a => a.Division == subtree.Division && a.Month == month, ct);
    }
}

/// <summary>A stored run and when it was published (null: a draft).</summary>
public sealed record AssessmentView(AssessmentResult Result, DateTimeOffset? PublishedAt);
