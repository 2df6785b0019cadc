using Linkage.Catalog.Domain;
using Linkage.Catalog.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Catalog.Features.Shared;

/// <summary>An org unit the calling tier admin manages (tracked, for a change), or null: unknown and out of scope
/// answer alike (404).</summary>
public static class ScopedOrgUnits
{
    public static async Task<OrgUnit?> ManagedAsync(this CatalogDbContext db, CallerContext caller, string id, CancellationToken ct)
    {
        if (InputCheck.Code(id, Domain.Rules.ImplementationRules.IdMaxLength) is not null) return null;
        var unit = await db.OrgUnits.FirstOrDefaultAsync(o => o.Id == id, ct);
        return unit is not null && caller.Covers(unit.DivisionCode) ? unit : null;
    }
}
