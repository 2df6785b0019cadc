using Linkage.VideoReview.Domain;
using Linkage.VideoReview.Persistence;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Linkage.VideoReview.Features.CreateSession;

/// <summary>Idempotency-Key: the key is stored on the session itself, unique per creator.</summary>
public static class SessionReplay
{
    public static Task<ReviewSession?> FindAsync(VideoReviewDbContext db, string creator, string? key, CancellationToken ct) =>
        string.IsNullOrEmpty(key)
            ? Task.FromResult<ReviewSession?>(null)
            : db.Sessions.AsNoTracking().FirstOrDefaultAsync(s => s.CreatedBy == creator && s.IdempotencyKey == key, ct);

    /// <summary>False when a concurrent request with the same key won; nothing of this one is written.</summary>
    public static async Task<bool> SaveAsync(VideoReviewDbContext db, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException
            { SqlState: PostgresErrorCodes.UniqueViolation, ConstraintName: ReviewSessionConfiguration.IdempotencyIndex })
        {
            db.ChangeTracker.Clear();
            return false;
        }
    }
}
