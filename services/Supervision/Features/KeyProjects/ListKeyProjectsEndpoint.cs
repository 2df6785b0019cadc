using Linkage.Supervision.Features.Shared;
using Linkage.Supervision.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Supervision.Features.KeyProjects;

/// <summary>GET /key-projects?division=: the key-project ledger (电子台账) of a subtree, tracked apart from the other
/// cases: guide, internal target, legal due date, and whether the target was met.</summary>
public static class ListKeyProjectsEndpoint
{
    public static void Map(RouteGroupBuilder api) => api
        .MapGet("/key-projects", Handle)
        .WithName("ListKeyProjects")
        .WithSummary("The key-project ledger (重点项目台账) of a subtree, earliest internal target first.");

    private static async Task<Results<Ok<Page<KeyProjectView>>, InvalidRequest, ProblemHttpResult>> Handle(
        string? division, PageRequest page, HttpContext http, SupervisionDbContext db, CancellationToken ct)
    {
        var caller = http.Caller();
        var errors = new FieldErrors();
        var code = SubtreeParameter.Parse(division, caller, errors);
        if (errors.Any) return Problems.Invalid(errors);
        if (SubtreeParameter.Within(code, caller) is not { } subtree) return Problems.NotFound($"Division {division}");

        var cases = await db.Cases.AsNoTracking().HandledWithin(subtree.Pattern).VisibleTo(db.CaseDepartments, caller)
            .Where(c => c.KeyProjectMarkedAt != null)
            .PageAsync(page, o => o.Asc(c => c.KeyProjectTargetOn).Asc(c => c.CaseNumber).Asc(c => c.Id), ct);
        return TypedResults.Ok(cases.Map(KeyProjectView.From));
    }
}
