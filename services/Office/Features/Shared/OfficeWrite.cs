using Linkage.Office.Persistence;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Linkage.Office.Features.Shared;

/// <summary>The one save of an office change: false when a concurrent change won (row version or unique key), and then
/// nothing of this one is written.</summary>
public static class OfficeWrite
{
    public const string Raced = "Another change to this record was saved first; reload and try again.";

    public static async Task<bool> SavedAsync(OfficeDbContext db, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException e) when (e is DbUpdateConcurrencyException
            || e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            db.ChangeTracker.Clear();
            return false;
        }
    }
}
