using Linkage.Catalog.Features.GetOrgUnit;
using Linkage.Catalog.Features.GetRegion;
using Linkage.Catalog.Features.Shared;
using Linkage.Catalog.Persistence;
using Linkage.Kernel;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Catalog.Features.ListSubtree;

/// <summary><c>GET /regions?within=</c> and <c>GET /org-units?within=</c>: everything in a subtree, by code prefix,
/// ordered by code, at most <see cref="MaxRows"/> (public, like the single-item reads).</summary>
public static class ListSubtreeEndpoints
{
    public const int MaxRows = 5_000;

    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/regions", Regions).WithName("ListRegions").AllowAnonymous();
        api.MapGet("/org-units", OrgUnits).WithName("ListOrgUnits").AllowAnonymous();
    }

    private static async Task<Results<Ok<IReadOnlyList<RegionRef>>, InvalidRequest>> Regions(
        string? within, string? level, CatalogDbContext db, CancellationToken ct)
    {
        var errors = new FieldErrors();
        if (InputCheck.Division(within, out var root) is { } error) errors.Add("within", error);
        DivisionLevel? only = Enum.TryParse<DivisionLevel>(level, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) ? parsed : null;
        errors.Require(level is null || only is not null, "level", "One of province, city, county, town, village.");
        if (errors.Any) return Problems.Invalid(errors);
        var rows = await db.Regions.AsNoTracking()
            .Where(r => r.Code.StartsWith(root.SignificantPrefix) && (only == null || r.Level == only))
            .OrderBy(r => r.Code).Take(MaxRows).ToListAsync(ct);
        return TypedResults.Ok<IReadOnlyList<RegionRef>>(rows.Select(RegionRef.From).ToList());
    }

    private static async Task<Results<Ok<IReadOnlyList<OrgUnitView>>, InvalidRequest>> OrgUnits(
        string? within, CatalogDbContext db, CancellationToken ct)
    {
        if (InputCheck.Division(within, out var root) is { } error) return Problems.Invalid("within", error);
        var units = await db.OrgUnits.AsNoTracking().Where(o => o.DivisionCode.StartsWith(root.SignificantPrefix))
            .OrderBy(o => o.DivisionCode).ThenBy(o => o.Id).Take(MaxRows).ToListAsync(ct);
        var ids = units.Select(u => u.Id).ToList();
        var departments = (await db.Departments.AsNoTracking().Where(d => ids.Contains(d.OrgUnitId)).OrderBy(d => d.Id).ToListAsync(ct))
            .ToLookup(d => d.OrgUnitId);
        return TypedResults.Ok<IReadOnlyList<OrgUnitView>>(units
            .Select(u => OrgUnitView.From(u, departments[u.Id].Select(DepartmentView.From).ToList())).ToList());
    }
}
