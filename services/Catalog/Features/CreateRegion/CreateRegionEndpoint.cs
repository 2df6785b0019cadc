using Linkage.Catalog.Domain;
using Linkage.Catalog.Domain.Rules;
using Linkage.Catalog.Features.GetRegion;
using Linkage.Catalog.Features.Shared;
using Linkage.Catalog.Persistence;
using Linkage.Kernel;
using Microsoft.EntityFrameworkCore;
using Linkage.ServiceDefaults.Audit;

namespace Linkage.Catalog.Features.CreateRegion;

/// <summary><c>POST /regions</c>: a tier admin adds a region under one in their subtree.</summary>
public static class CreateRegionEndpoint
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapPost("/regions", Handle).WithName("CreateRegion").WithSummary("Add a region under one in the caller's subtree.").ForTierAdmins();

    private static async Task<Results<Created<RegionRef>, InvalidRequest>> Handle(
        CreateRegionRequest request, HttpContext http, CatalogDbContext db, CatalogChanges changes, CancellationToken ct)
    {
        if (InputCheck.Division(request.Code, out var code) is { } error) return Problems.Invalid("code", error);
        var parentCode = request.ParentCode ?? code.Parent?.Value;
        var caller = http.Caller();
        var parent = parentCode is not null && caller.Covers(parentCode)
            ? await db.Regions.AsNoTracking().FirstOrDefaultAsync(r => r.Code == parentCode, ct)
            : null;
        var taken = await db.Regions.AnyAsync(r => r.Code == code.Value, ct);
        if (RuleProblems.Check(
                new NotTakenRule("code", code.Value, taken),
                new LevelAgreesRule("level", request.Level, code.Level),
                new RegionPlacementRule("parentCode", code, request.ParentCode, parent),
                new RequiredTextRule("name", request.Name),
                new MaxLengthRule("name", request.Name, 100)) is { } invalid) return invalid;

        var region = Region.Create(code, request.Name!.Trim());
        db.Regions.Add(region);
        db.Audit(caller, "region.created", "region", code.Value, new { name = request.Name!.Trim() });
        if (!await changes.SaveAsync(ct)) return Problems.Invalid("code", $"'{code}' is already in use.");
        return TypedResults.Created($"/api/catalog/regions/{code}", RegionRef.From(region));
    }
}

/// <summary>The level a caller states must be the level the code has (a village code is a village).</summary>
internal sealed class LevelAgreesRule(string fieldPath, DivisionLevel? stated, DivisionLevel actual) : IBusinessRule
{
    public string Field => fieldPath;

    public string Message => $"The code is a {actual.ToString().ToLowerInvariant()} code.";

    public bool IsBroken() => stated is { } s && s != actual;
}
