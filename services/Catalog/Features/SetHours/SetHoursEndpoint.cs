using Linkage.Catalog.Domain.Rules;
using Linkage.Catalog.Features.GetOrgUnit;
using Linkage.Catalog.Features.Shared;
using Linkage.Catalog.Persistence;
using Linkage.ServiceDefaults.Audit;

namespace Linkage.Catalog.Features.SetHours;

/// <summary><c>PUT /org-units/{id}/hours</c>: the unit's working hours (办公时间), as residents read them.</summary>
public static class SetHoursEndpoint
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapPut("/org-units/{id}/hours", Handle).WithName("SetHours").WithSummary("Set an org unit's working hours (办公时间).").ForTierAdmins();

    private static async Task<Results<Ok<OrgUnitView>, InvalidRequest, ProblemHttpResult>> Handle(
        string id, SetHoursRequest request, HttpContext http, CatalogDbContext db, CatalogChanges changes, CancellationToken ct)
    {
        var unit = await db.ManagedAsync(http.Caller(), id, ct);
        if (unit is null) return NotFoundProblem.Field("id", $"Org unit {id}");
        if (RuleProblems.Check(DirectoryRules.Hours("hours", request.Hours)) is { } invalid) return invalid;

        unit.ChangeHours(request.Hours!.Trim());
        db.Audit(http.Caller(), "org-unit.hours-set", "org-unit", id, new { hours = request.Hours!.Trim() });
        await changes.SaveAsync(ct);
        return TypedResults.Ok(await db.ViewAsync(unit, ct));
    }
}

public sealed record SetHoursRequest(string? Hours);
