using Linkage.Catalog.Domain;
using Linkage.Catalog.Domain.Rules;
using Linkage.Catalog.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Catalog.Features.GetBundle;

/// <summary>The active entries in force on a day for the legs' implementation codes, by code.</summary>
public static class LegEntries
{
    public static async Task<IReadOnlyDictionary<string, Implementation>> CurrentAsync(
        this CatalogDbContext db, IReadOnlyList<string> codes, DateOnly day, CancellationToken ct)
    {
        var versions = await db.Implementations.AsNoTracking().Where(i => codes.Contains(i.Code) && i.Active).ToListAsync(ct);
        return versions.GroupBy(v => v.Code).Select(g => CurrentVersionPolicy.Current(g, day)).OfType<Implementation>()
            .ToDictionary(e => e.Code);
    }
}
