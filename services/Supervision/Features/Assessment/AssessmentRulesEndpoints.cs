using Linkage.Kernel;
using Linkage.Messaging;
using Linkage.Supervision.Domain;
using Linkage.Supervision.Features.Shared;
using Linkage.Supervision.Persistence;
using Microsoft.EntityFrameworkCore;
using Linkage.ServiceDefaults.Audit;

namespace Linkage.Supervision.Features.Assessment;

public static class AssessmentRulesEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/assessment-rules/{division}", Get).WithName("GetAssessmentRules")
            .WithSummary("The 千分制 rules in force for a region and where they come from (supervisors and admins of the subtree).");
        api.MapPut("/assessment-rules/{division}", Put).WithName("PutAssessmentRules")
            .WithSummary("A region's own 千分制 rules: weights adding up to 1000, deductions, grade thresholds.");
    }

    private static async Task<Results<Ok<AssessmentRulesView>, InvalidRequest, ProblemHttpResult>> Get(
        string division, HttpContext http, SupervisionDbContext db, CancellationToken ct)
    {
        var caller = http.Caller();
        var errors = new FieldErrors();
        var code = SubtreeParameter.Parse(division, caller, errors);
        if (errors.Any) return Problems.Invalid(errors);
        // the rules are the assessors' business; the assessed read the published rankings (the BOLA matrix)
        if (!SupervisionScope.MaySupervise(caller) || SubtreeParameter.Within(code, caller) is not { } subtree)
            return Problems.NotFound($"Division {division}");
        var (terms, source) = await AssessmentRuleBook.ForAsync(db, DivisionCode.Parse(subtree.Division), ct);
        return TypedResults.Ok(new AssessmentRulesView(subtree.Division, source, terms));
    }

    private static async Task<Results<Ok<AssessmentRulesView>, InvalidRequest, ProblemHttpResult>> Put(
        string division, AssessmentTerms request, HttpContext http, SupervisionDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var caller = http.Caller();
        var errors = new FieldErrors();
        var code = SubtreeParameter.Parse(division, caller, errors);
        if (errors.Any) return Problems.Invalid(errors);
        if (!SupervisionScope.MaySupervise(caller) || SubtreeParameter.Within(code, caller) is not { } subtree)
            return Problems.NotFound($"Division {division}");
        var invalid = AssessmentTermsValidation.Check(request);
        if (invalid.Any) return Problems.Invalid(invalid);

        var rules = await db.AssessmentRules.FirstOrDefaultAsync(r => r.Division == subtree.Division, ct);
        if (rules is null) db.AssessmentRules.Add(rules = AssessmentRules.For(subtree.Division));
        db.Audit(caller, "assessment-rules.written", "division", subtree.Division);
        rules.Write(request, caller.Subject, clock.GetUtcNow());
        if (!await db.SavedUnlessRacedAsync(ct)) // another admin's write of the region's rules committed first (0715)
            return Problems.Conflict($"The assessment rules of {subtree.Division} were written by another request meanwhile; read them again and retry.");
        return TypedResults.Ok(new AssessmentRulesView(subtree.Division, subtree.Division, request));
    }
}

/// <summary>The rules in force and their source: the region itself, a region above, or "default".</summary>
public sealed record AssessmentRulesView(string Division, string Source, AssessmentTerms Terms);
