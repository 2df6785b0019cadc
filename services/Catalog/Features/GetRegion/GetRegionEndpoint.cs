using Linkage.Catalog.Features.Shared;
using Linkage.Catalog.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Catalog.Features.GetRegion;

/// <summary>A region with its parent and children (public).</summary>
public static class GetRegionEndpoint
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapGet("/regions/{divisionCode}", Handle).WithName("GetRegion").WithSummary("A region with its parent and children (public).")
            .ProducesProblem(StatusCodes.Status404NotFound).AllowAnonymous();

    private static async Task<Results<Ok<RegionView>, InvalidRequest, ProblemHttpResult>> Handle(
        string divisionCode, CatalogDbContext db, CancellationToken ct)
    {
        if (InputCheck.Division(divisionCode, out var code) is { } error) return Problems.Invalid("divisionCode", error);
        var region = await db.Regions.AsNoTracking().FirstOrDefaultAsync(r => r.Code == code.Value, ct);
        if (region is null) return NotFoundProblem.Field("divisionCode", $"Region {code}");

        var parent = region.ParentCode is null ? null
            : await db.Regions.AsNoTracking().FirstOrDefaultAsync(r => r.Code == region.ParentCode, ct);
        var children = await db.Regions.AsNoTracking().Where(r => r.ParentCode == region.Code).OrderBy(r => r.Code).ToListAsync(ct);
        return TypedResults.Ok(new RegionView(region.Code, region.Name, region.Level,
            parent is null ? null : RegionRef.From(parent), children.Select(RegionRef.From).ToList()));
    }
}
