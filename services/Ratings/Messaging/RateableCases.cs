using Linkage.Ratings.Domain;
using Linkage.Ratings.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Ratings.Messaging;

public static class RateableCases
{
    /// <summary>The known case, or a new one added to the context (a racing insert fails on the key and is retried).</summary>
    public static async Task<RateableCase> FindOrKnowAsync(RatingsDbContext db, RateableCase fresh, CancellationToken ct)
    {
        var found = await db.Cases.FirstOrDefaultAsync(c => c.Id == fresh.Id, ct);
        if (found is not null) return found;
        db.Cases.Add(fresh);
        return fresh;
    }
}
