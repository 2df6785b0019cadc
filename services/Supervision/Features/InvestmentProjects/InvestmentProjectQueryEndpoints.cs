using Linkage.Kernel;
using Linkage.Supervision.Features.Shared;
using Linkage.Supervision.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Supervision.Features.InvestmentProjects;

/// <summary>The investment projects of the key-project ledger (电子台账), each with its applications and progress, in
/// the caller's subtree (404 outside), for supervisors and admins.</summary>
public static class InvestmentProjectQueryEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/key-projects/investment", List).WithName("ListInvestmentProjects")
            .WithSummary("Investment projects on the key-project ledger of a subtree, earliest target first, with their cases and progress.");
        api.MapGet("/key-projects/investment/{projectId:guid}", Get).WithName("GetInvestmentProject")
            .WithSummary("One investment project, its cases and progress.");
    }

    private static async Task<Results<Ok<Page<InvestmentProjectView>>, InvalidRequest, ProblemHttpResult>> List(
        string? division, PageRequest page, HttpContext http, SupervisionDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var caller = http.Caller();
        var errors = new FieldErrors();
        var code = SubtreeParameter.Parse(division, caller, errors);
        if (errors.Any) return Problems.Invalid(errors);
        if (!SupervisionScope.MaySupervise(caller) || SubtreeParameter.Within(code, caller) is not { } subtree) return Problems.NotFound($"Division {division}");

        var projects = await db.InvestmentProjects.AsNoTracking().Where(p => EF.Functions.Like(p.Division, subtree.Pattern))
            .PageAsync(page, o => o.Asc(p => p.TargetOn).Asc(p => p.ProjectCode).Asc(p => p.Id), ct);
        var cases = await ProjectCases.ReadAsync(db, projects.Items.Select(p => p.Id).ToArray(), ct);
        var today = ChinaTime.Today(clock);
        return TypedResults.Ok(projects.Map(p => InvestmentProjectView.From(p, cases[p.Id], today)));
    }

    private static async Task<Results<Ok<InvestmentProjectView>, ProblemHttpResult>> Get(
        Guid projectId, HttpContext http, SupervisionDbContext db, TimeProvider clock, CancellationToken ct)
    {
        if (await ProjectCases.VisibleAsync(db, http.Caller(), projectId, ct) is not { } project) return Problems.NotFound($"Investment project {projectId}");
        var cases = await ProjectCases.ReadAsync(db, [project.Id], ct);
        return TypedResults.Ok(InvestmentProjectView.From(project, cases[project.Id], ChinaTime.Today(clock)));
    }
}
