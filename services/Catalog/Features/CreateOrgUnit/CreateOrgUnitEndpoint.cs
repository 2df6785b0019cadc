using Linkage.Catalog.Domain;
using Linkage.Catalog.Domain.Rules;
using Linkage.Catalog.Features.GetOrgUnit;
using Linkage.Catalog.Features.Shared;
using Linkage.Catalog.Persistence;
using Microsoft.EntityFrameworkCore;
using Linkage.ServiceDefaults.Audit;

namespace Linkage.Catalog.Features.CreateOrgUnit;

/// <summary><c>POST /org-units</c>: a tier admin opens a centre, town centre or village station in their subtree.</summary>
public static class CreateOrgUnitEndpoint
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapPost("/org-units", Handle).WithName("CreateOrgUnit").WithSummary("Open a centre, town centre or village station in the caller's subtree.").ForTierAdmins();

    private static async Task<Results<Created<OrgUnitView>, InvalidRequest>> Handle(
        CreateOrgUnitRequest request, HttpContext http, CatalogDbContext db, CatalogChanges changes, CancellationToken ct)
    {
        var errors = new FieldErrors().Require(request.Kind is not null, "kind", "A kind is required: centre, town-centre or village-station.");
        var division = request.DivisionCode is { } code && http.Caller().Covers(code)
            ? await db.Regions.AsNoTracking().FirstOrDefaultAsync(r => r.Code == code, ct)
            : null;
        errors.Require(division is not null, "divisionCode", $"No region {request.DivisionCode} exists in your subtree.");
        var draft = request.ToDraft();
        var taken = await db.OrgUnits.AnyAsync(o => o.Id == draft.Id, ct);
        var rules = DirectoryRules.For(draft, division?.Level ?? Kernel.DivisionLevel.County)
            .Where(r => division is not null || r is not KindFitsLevelRule)
            .Append(new NotTakenRule("id", draft.Id, taken));
        foreach (var rule in rules.Where(r => r.IsBroken())) errors.Add(rule.Field, rule.Message);
        if (errors.Any) return Problems.Invalid(errors);

        var unit = OrgUnit.Create(draft);
        db.OrgUnits.Add(unit);
        db.Audit(http.Caller(), "org-unit.created", "org-unit", unit.Id, new { division = request.DivisionCode, kind = request.Kind });
        if (!await changes.SaveAsync(ct)) return Problems.Invalid("id", $"'{draft.Id}' is already in use.");
        return TypedResults.Created($"/api/catalog/org-units/{unit.Id}", OrgUnitView.From(unit, []));
    }
}
