using Linkage.Catalog.Caching;
using Linkage.Catalog.Persistence;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Linkage.Catalog.Features.Shared;

/// <summary>Commits a catalogue change and drops every cached answer (decision 0041). A key taken by a concurrent
/// writer between the check and the commit comes back as false, so the caller answers 422 like the check would.</summary>
public sealed class CatalogChanges(CatalogDbContext db, CatalogCache cache)
{
    public async Task<bool> SaveAsync(CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            db.ChangeTracker.Clear();
            return false;
        }
        cache.Invalidate();
        return true;
    }
}
