using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Linkage.Messaging;

/// <summary>A save that loses a race says so instead of throwing: false when a concurrent change won (a row version or
/// a unique key), and then nothing of this one is written and the change tracker is cleared.</summary>
public static class RacedSaves
{
    public static async Task<bool> SavedUnlessRacedAsync(this DbContext db, CancellationToken ct)
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
