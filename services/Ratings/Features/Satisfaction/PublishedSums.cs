using Microsoft.Extensions.Caching.Memory;

namespace Linkage.Ratings.Features.Satisfaction;

/// <summary>A closed month's published sums per subtree and dimension, kept in the process's memory cache under the mark
/// of the cell build they were summed from. A read still asks the database for the month's mark (one primary-key
/// lookup), so a rebuild by any replica — a late rating, an upheld appeal — is seen at once; only the sum is spared
/// (decision 0572). Entries nobody reads for a while leave (the keys come from public input).</summary>
public sealed class PublishedSums(IMemoryCache cache)
{
    private static readonly MemoryCacheEntryOptions Entry = new() { Size = 1, SlidingExpiration = TimeSpan.FromMinutes(10) };

    public IReadOnlyList<MonthlyRow>? Find(DateOnly month, string pattern, string by, DateTimeOffset mark) =>
        cache.TryGetValue(Key(month, pattern, by), out (DateTimeOffset Mark, IReadOnlyList<MonthlyRow> Rows) kept) && kept.Mark == mark
            ? kept.Rows : null;

    public void Keep(DateOnly month, string pattern, string by, DateTimeOffset mark, IReadOnlyList<MonthlyRow> rows) =>
        cache.Set(Key(month, pattern, by), (mark, rows), Entry);

    private static (string, DateOnly, string, string) Key(DateOnly month, string pattern, string by) =>
        ("ratings.published-sums", month, pattern, by);
}
