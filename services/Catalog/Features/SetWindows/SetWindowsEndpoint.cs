using Linkage.Catalog.Domain;
using Linkage.Catalog.Domain.Rules;
using Linkage.Catalog.Features.GetOrgUnit;
using Linkage.Catalog.Features.Shared;
using Linkage.Catalog.Persistence;
using Microsoft.EntityFrameworkCore;
using Linkage.ServiceDefaults.Audit;

namespace Linkage.Catalog.Features.SetWindows;

/// <summary><c>PUT /org-units/{id}/windows</c>: the unit's windows (窗口), replacing the list; each serves departments
/// stationed at the unit, or none (综合窗口).</summary>
public static class SetWindowsEndpoint
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapPut("/org-units/{id}/windows", Handle).WithName("SetWindows").WithSummary("Replace an org unit's windows (窗口) and the departments each serves.").ForTierAdmins();

    private static async Task<Results<Ok<OrgUnitView>, InvalidRequest, ProblemHttpResult>> Handle(
        string id, SetWindowsRequest request, HttpContext http, CatalogDbContext db, CatalogChanges changes, CancellationToken ct)
    {
        var unit = await db.ManagedAsync(http.Caller(), id, ct);
        if (unit is null) return NotFoundProblem.Field("id", $"Org unit {id}");
        var departments = await db.Departments.Where(d => d.OrgUnitId == id).Select(d => d.Id).ToListAsync(ct);
        var windows = (request.Windows ?? []).Select(w => new ServiceWindow(w.Number ?? "", w.Name?.Trim() ?? "", w.DepartmentIds ?? [])).ToList();
        if (RuleProblems.Check(DirectoryRules.Windows(windows, departments.ToHashSet())) is { } invalid) return invalid;

        unit.ReplaceWindows(windows);
        db.Audit(http.Caller(), "org-unit.windows-set", "org-unit", id, new { windows = windows.Select(w => w.Number) });
        await changes.SaveAsync(ct);
        return TypedResults.Ok(await db.ViewAsync(unit, ct));
    }
}

public sealed record SetWindowsRequest(IReadOnlyList<WindowRequest>? Windows);

public sealed record WindowRequest(string? Number, string? Name, IReadOnlyList<string>? DepartmentIds);
