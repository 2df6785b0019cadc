using Linkage.Catalog.Domain.Rules;
using Linkage.Catalog.Features.Shared;
using Linkage.Catalog.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Catalog.Features.GetOrgUnit;

/// <summary>A centre, town centre or village station with its departments, windows and hours (public).</summary>
public static class GetOrgUnitEndpoint
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapGet("/org-units/{id}", Handle).WithName("GetOrgUnit").WithSummary("A centre, town centre or village station with its departments, windows and hours (public).")
            .ProducesProblem(StatusCodes.Status404NotFound).AllowAnonymous();

    private static async Task<Results<Ok<OrgUnitView>, InvalidRequest, ProblemHttpResult>> Handle(
        string id, CatalogDbContext db, CancellationToken ct)
    {
        if (InputCheck.Code(id, ImplementationRules.IdMaxLength) is { } error) return Problems.Invalid("id", error);
        var unit = await db.OrgUnits.AsNoTracking().FirstOrDefaultAsync(o => o.Id == id, ct);
        if (unit is null) return NotFoundProblem.Field("id", $"Org unit {id}");

        return TypedResults.Ok(await db.ViewAsync(unit, ct));
    }
}
