using Linkage.Ratings.Domain;
using Linkage.Ratings.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Ratings.Features.RateCase;

/// <summary>The current indicator sets, kept per process instead of read once per rating (decision 0581) and read
/// again when the stamp the rating read shows the reference data changed since (decision 0638).</summary>
public sealed class CurrentIndicatorSets
{
    private Loaded? loaded;

    public async Task<IndicatorSet?> FindAsync(RatingsDbContext db, string stamp, string code, CancellationToken ct)
    {
        if (Volatile.Read(ref loaded) is not { } hit || hit.Stamp != stamp)
        {
            hit = new Loaded(stamp, await db.IndicatorSets.AsNoTracking().Where(s => s.Current).ToDictionaryAsync(s => s.Code, ct));
            Volatile.Write(ref loaded, hit);
        }
        return hit.Sets.GetValueOrDefault(code);
    }

    private sealed record Loaded(string Stamp, IReadOnlyDictionary<string, IndicatorSet> Sets);
}
