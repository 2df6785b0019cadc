using Linkage.Fees.Persistence;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Linkage.Fees.Features.Shared;

/// <summary>The one save of a fee change: false when a concurrent change won (row version or unique index), and
/// then nothing of this one is written.</summary>
public static class FeeWrite
{
    public const string Raced = "Another change to this fee was saved first; reload and try again.";

    public static async Task<bool> SavedAsync(FeesDbContext db, CancellationToken ct)
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
