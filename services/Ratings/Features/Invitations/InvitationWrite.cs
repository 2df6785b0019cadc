using Linkage.Ratings.Persistence;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Linkage.Ratings.Features.Invitations;

/// <summary>Saves a staff-issued invitation; a concurrent one for the same case and channel loses on the unique index.</summary>
public static class InvitationWrite
{
    public static async Task<bool> SavedAsync(RatingsDbContext db, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            db.ChangeTracker.Clear();
            return false;
        }
    }
}
