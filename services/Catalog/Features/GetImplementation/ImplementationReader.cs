using Linkage.Catalog.Domain.Rules;
using Linkage.Catalog.Persistence;
using Linkage.Kernel;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Catalog.Features.GetImplementation;

/// <summary>One implementation entry at a version, or (version 0) the one in force today.</summary>
public sealed class ImplementationReader(CatalogDbContext db, TimeProvider clock)
{
    public async Task<ImplementationDetails?> ReadAsync(string code, int version, CancellationToken ct)
    {
        var versions = await db.Implementations.AsNoTracking()
            .Where(i => i.Code == code && (version == 0 || i.Version == version)).ToListAsync(ct);
        var entry = version == 0 ? CurrentVersionPolicy.Current(versions, ChinaTime.ToLocalDate(clock.GetUtcNow())) : versions.SingleOrDefault();
        if (entry is null) return null;

        var matter = await db.Matters.AsNoTracking().SingleAsync(m => m.Code == entry.MatterCode, ct);
        var unit = await db.OrgUnits.AsNoTracking().SingleAsync(o => o.Id == entry.OrgUnitId, ct);
        var ids = entry.Departments.Select(d => d.DepartmentId).ToList();
        var departments = await db.Departments.AsNoTracking().Where(d => ids.Contains(d.Id)).ToDictionaryAsync(d => d.Id, ct);
        var reviewing = entry.Departments.Select(step => departments.TryGetValue(step.DepartmentId, out var d)
            ? new ReviewingDepartment(step, d.Name, d.CreditCode)
            : new ReviewingDepartment(step, step.DepartmentId, "")).ToList();
        return new ImplementationDetails(entry, matter, unit, reviewing);
    }
}
