using Linkage.Ratings.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
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
            // One batch in one round trip, no BEGIN and COMMIT around it: PostgreSQL runs it as one implicit transaction
            // and commits at its end, so the audit lane's lock is not held while the client sends COMMIT (0580). A lost
            // race fails on a unique index (case and channel, invitation) and the whole batch rolls back.
            db.Database.AutoTransactionBehavior = AutoTransactionBehavior.Never;
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
        finally
        {
            db.Database.AutoTransactionBehavior = AutoTransactionBehavior.WhenNeeded; // the context is pooled
        }
    }
}
