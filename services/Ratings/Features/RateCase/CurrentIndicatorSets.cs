using Linkage.Ratings.Domain;
using Linkage.Ratings.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Ratings.Features.RateCase;

/// <summary>The current indicator sets, read once per process instead of once per rating: they are seeded data that
/// only a migration changes, and migrations run before the host serves (decision 0581).</summary>
public sealed class CurrentIndicatorSets
{
    private IReadOnlyDictionary<string, IndicatorSet>? sets;

    public async Task<IndicatorSet?> FindAsync(RatingsDbContext db, string code, CancellationToken ct)
    {
        sets ??= await db.IndicatorSets.AsNoTracking().Where(s => s.Current).ToDictionaryAsync(s => s.Code, ct);
        return sets.GetValueOrDefault(code);
    }
}
