using Linkage.Ratings.Domain;
using Linkage.Ratings.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Ratings.Features.RateCase;

/// <summary>A retry with the same Idempotency-Key gets the first rating back and creates nothing new.</summary>
public static class RatingReplay
{
    public static async Task<(Rating Rating, Rectification? Rectification)?> FindAsync(
        RatingsDbContext db, string rater, string? idempotencyKey, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(idempotencyKey)) return null;
        var rating = await db.Ratings.AsNoTracking()
            .FirstOrDefaultAsync(r => r.RaterSubject == rater && r.IdempotencyKey == idempotencyKey, ct);
        if (rating is null) return null;
        var rectification = await db.Rectifications.AsNoTracking().FirstOrDefaultAsync(r => r.RatingId == rating.Id, ct);
        return (rating, rectification);
    }
}
