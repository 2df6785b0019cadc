using Linkage.Kernel;
using Linkage.Messaging;
using Linkage.Supervision.Domain;
using Linkage.Supervision.Features.Shared;
using Linkage.Supervision.Persistence;
using Microsoft.EntityFrameworkCore;
using Linkage.ServiceDefaults.Audit;

namespace Linkage.Supervision.Features.Assessment;

/// <summary>POST /assessments?division=&amp;month=: scores and ranks the subtree for a closed month. The rules are
/// frozen at the first run of the month; a re-run recomputes from the same counters and gives the same result. Once
/// published (一月一通报) the month is closed: a re-run answers the published result, so late facts cannot rewrite it.</summary>
public static class RunAssessmentEndpoint
{
    public static void Map(RouteGroupBuilder api) => api
        .MapPost("/assessments", Handle)
        .WithName("RunAssessment")
        .WithSummary("一月一考核: score every unit and region of a subtree for a closed month and rank children under each parent.");

    private static async Task<Results<Ok<AssessmentResult>, InvalidRequest, ProblemHttpResult>> Handle(
        string? division, string? month, HttpContext http, SupervisionDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var caller = http.Caller();
        if (!SupervisionScope.MaySupervise(caller)) return Problems.NotFound("Assessments");
        var errors = new FieldErrors();
        var code = SubtreeParameter.Parse(division, caller, errors);
        var period = AssessmentMonth.Parse(month, ChinaTime.Today(clock), errors);
        if (errors.Any) return Problems.Invalid(errors);
        if (SubtreeParameter.Within(code, caller) is not { } subtree) return Problems.NotFound($"Division {division}");

        var assessment = await db.Assessments.FirstOrDefaultAsync(a => a.Division == subtree.Division && a.Month == period!.Key, ct);
        if (assessment?.Published == true) return TypedResults.Ok(AssessmentJson.Read<AssessmentResult>(assessment.ResultJson));
        if (assessment is null)
        {
            var (terms, _) = await AssessmentRuleBook.ForAsync(db, DivisionCode.Parse(subtree.Division), ct);
            db.Assessments.Add(assessment = Domain.Assessment.Start(subtree.Division, period!.Key, AssessmentJson.Write(terms)));
        }
        var units = await FiguresQuery.RunAsync(db, subtree, period!, ct);
        var result = AssessmentRun.Score(DivisionCode.Parse(subtree.Division), period!.Key, AssessmentJson.Read<AssessmentTerms>(assessment.TermsJson), units);
        db.Audit(caller, "assessment.run", "assessment", $"{subtree.Division}/{period!.Key}");
        assessment.Record(AssessmentJson.Write(result), caller.Subject, clock.GetUtcNow());
        if (!await db.SavedUnlessRacedAsync(ct)) // another run or the publication of the month committed first (0715)
            return Problems.Conflict($"The assessment of {subtree.Division} for {period.Key} was run or published by another request meanwhile; read it again.");
        return TypedResults.Ok(result);
    }
}
