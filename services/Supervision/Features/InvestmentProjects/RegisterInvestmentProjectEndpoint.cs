using Linkage.Kernel;
using Linkage.Messaging;
using Linkage.ServiceDefaults.Audit;
using Linkage.Supervision.Domain;
using Linkage.Supervision.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Supervision.Features.InvestmentProjects;

/// <summary>POST /key-projects/investment: a centre or tier admin registers an investment project (投资项目) as a key
/// project (绿色通道) with its guide and target, and links the applications already known (decision 0565). Bad input is
/// 422 naming the field and writes nothing; staff who are not admins get 404.</summary>
public static class RegisterInvestmentProjectEndpoint
{
    public static void Map(RouteGroupBuilder api) => api
        .MapPost("/key-projects/investment", Handle)
        .WithName("RegisterInvestmentProject")
        .WithSummary("绿色通道: register an investment project as a key project with its guide, target and applications.");

    private static async Task<Results<Created<InvestmentProjectView>, InvalidRequest, ProblemHttpResult>> Handle(
        InvestmentProjectRequest request, HttpContext http, SupervisionDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var caller = http.Caller();
        if (!MayMark(caller)) return Problems.NotFound("Investment projects");
        var today = ChinaTime.Today(clock);
        var errors = new FieldErrors();
        var registration = InvestmentProjectValidation.Check(request, caller, today, errors);
        if (registration is not null && await db.InvestmentProjects.AnyAsync(p => p.ProjectCode == registration.ProjectCode, ct))
            errors.Add("projectCode", "This project is registered already.");
        var cases = await ProjectCases.FindAsync(db, caller, request.CaseIds, null, "caseIds", errors, ct);
        if (errors.Any) return Problems.Invalid(errors);

        var now = clock.GetUtcNow();
        var project = InvestmentProject.Register(registration!, caller.Subject, now);
        db.InvestmentProjects.Add(project);
        ProjectCases.Link(project, cases, now);
        db.Audit(caller, "investment-project.registered", "investment-project", project.Id.ToString(),
            new { project.ProjectCode, project.Division, project.TargetOn, cases = cases.Count });
        if (!await db.SavedUnlessRacedAsync(ct)) return Problems.Conflict("The project or one of its cases changed meanwhile; try again.");
        return TypedResults.Created($"/api/supervision/key-projects/investment/{project.Id}",
            InvestmentProjectView.From(project, cases.Select(ProjectCase.Of), today));
    }

    /// <summary>Marking key projects is for centre and tier admins.</summary>
    public static bool MayMark(CallerContext caller) => caller.Division is not null && (caller.Has(Roles.CentreAdmin) || caller.Has(Roles.TierAdmin));
}
