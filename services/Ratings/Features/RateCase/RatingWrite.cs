using Linkage.Ratings.Persistence;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Linkage.Ratings.Features.RateCase;

/// <summary>Saves a rating; a concurrent rating of the same case and channel, or a concurrent retry with the same
/// Idempotency-Key, loses on a unique index (or on the invitation's row version) and nothing of it is written.</summary>
public static class RatingWrite
{
    public enum Outcome { Saved, RatedAlready, Replayed }

    public static async Task<Outcome> SaveAsync(RatingsDbContext db, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return Outcome.Saved;
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return Outcome.RatedAlready;
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } unique)
        {
            db.ChangeTracker.Clear();
            return unique.ConstraintName == RatingConfiguration.IdempotencyIndex ? Outcome.Replayed : Outcome.RatedAlready;
        }
    }
}
