using Linkage.Kernel;
using Linkage.Messaging;
using Linkage.ServiceDefaults.Audit;
using Linkage.Supervision.Persistence;

namespace Linkage.Supervision.Features.InvestmentProjects;

/// <summary>POST /key-projects/investment/{projectId}/cases: links more applications to a project (each in the admin's
/// subtree and in no other project, else 422 <c>caseIds</c>); a project outside the subtree is 404.</summary>
public static class LinkProjectCasesEndpoint
{
    public static void Map(RouteGroupBuilder api) => api
        .MapPost("/key-projects/investment/{projectId:guid}/cases", Handle)
        .WithName("LinkInvestmentProjectCases")
        .WithSummary("Links applications (cases) to an investment project on the key-project ledger.");

    private static async Task<Results<Ok<InvestmentProjectView>, InvalidRequest, ProblemHttpResult>> Handle(
        Guid projectId, ProjectCasesRequest request, HttpContext http, SupervisionDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var caller = http.Caller();
        var project = RegisterInvestmentProjectEndpoint.MayMark(caller) ? await ProjectCases.VisibleAsync(db, caller, projectId, ct) : null;
        if (project is null) return Problems.NotFound($"Investment project {projectId}");
        var errors = new FieldErrors();
        errors.Require(request.CaseIds is { Count: > 0 and <= ProjectCases.Most }, "caseIds", $"1 to {ProjectCases.Most} case ids.");
        var cases = errors.Any ? [] : await ProjectCases.FindAsync(db, caller, request.CaseIds, project.Id, "caseIds", errors, ct);
        if (errors.Any) return Problems.Invalid(errors);

        var now = clock.GetUtcNow();
        ProjectCases.Link(project, cases, now);
        db.Audit(caller, "investment-project.cases-linked", "investment-project", project.Id.ToString(), new { cases = cases.Select(c => c.Id) });
        if (!await db.SavedUnlessRacedAsync(ct)) return Problems.Conflict("The project or one of its cases changed meanwhile; try again.");
        var today = ChinaTime.Today(clock);
        return TypedResults.Ok(InvestmentProjectView.From(project, (await ProjectCases.ReadAsync(db, [project.Id], ct))[project.Id], today));
    }
}

/// <summary>The applications to link, by case id.</summary>
public sealed record ProjectCasesRequest(IReadOnlyList<Guid>? CaseIds);
