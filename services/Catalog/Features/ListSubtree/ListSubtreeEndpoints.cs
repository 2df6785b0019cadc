using Linkage.Catalog.Features.GetOrgUnit;
using Linkage.Catalog.Features.GetRegion;
using Linkage.Catalog.Features.Shared;
using Linkage.Catalog.Persistence;
using Linkage.Kernel;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Catalog.Features.ListSubtree;

/// <summary><c>GET /regions?within=</c> and <c>GET /org-units?within=</c>: everything in a subtree, by code prefix,
/// ordered by code, a page at a time (public, like the single-item reads).</summary>
public static class ListSubtreeEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/regions", Regions).WithName("ListRegions").WithSummary("The regions of a subtree (within=), optionally of one level, ordered by code.").AllowAnonymous();
        api.MapGet("/org-units", OrgUnits).WithName("ListOrgUnits").WithSummary("The org units of a subtree (within=) with their departments, ordered by division code.").AllowAnonymous();
    }

    private static async Task<Results<Ok<Page<RegionRef>>, InvalidRequest>> Regions(
        string? within, [OneOf<DivisionLevel>] string? level, PageRequest page, CatalogDbContext db, CancellationToken ct)
    {
        var errors = new FieldErrors();
        if (InputCheck.Division(within, out var root) is { } error) errors.Add("within", error);
        DivisionLevel? only = Enum.TryParse<DivisionLevel>(level, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) ? parsed : null;
        errors.Require(level is null || only is not null, "level", "One of province, city, county, town, village.");
        if (errors.Any) return Problems.Invalid(errors);
        var rows = await db.Regions.AsNoTracking()
            .Where(r => r.Code.StartsWith(root.SignificantPrefix) && (only == null || r.Level == only))
            .PageAsync(page, o => o.Asc(r => r.Code), ct);
        return TypedResults.Ok(rows.Map(RegionRef.From));
    }

    private static async Task<Results<Ok<Page<OrgUnitView>>, InvalidRequest>> OrgUnits(
        string? within, PageRequest page, CatalogDbContext db, CancellationToken ct)
    {
        if (InputCheck.Division(within, out var root) is { } error) return Problems.Invalid("within", error);
        var units = await db.OrgUnits.AsNoTracking().Where(o => o.DivisionCode.StartsWith(root.SignificantPrefix))
            .PageAsync(page, o => o.Asc(u => u.DivisionCode).Asc(u => u.Id), ct);
        var ids = units.Items.Select(u => u.Id).ToList();
        var departments = (await db.Departments.AsNoTracking().Where(d => ids.Contains(d.OrgUnitId)).OrderBy(d => d.Id).ToListAsync(ct))
            .ToLookup(d => d.OrgUnitId);
        return TypedResults.Ok(units.Map(u => OrgUnitView.From(u, departments[u.Id].Select(DepartmentView.From).ToList())));
    }
}
