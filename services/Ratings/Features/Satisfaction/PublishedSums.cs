using System.Collections.Concurrent;

namespace Linkage.Ratings.Features.Satisfaction;

/// <summary>A closed month's published sums per subtree and dimension, kept in memory under the mark of the cell build
/// they were summed from. A read still asks the database for the month's mark (one primary-key lookup), so a rebuild
/// by any replica — a late rating, an upheld appeal — is seen at once; only the sum is spared (decision 0572).</summary>
public sealed class PublishedSums
{
    private const int Capacity = 4_096; // subtrees × dimensions × months: past it, start afresh rather than grow

    private readonly ConcurrentDictionary<(DateOnly Month, string Pattern, string By), (DateTimeOffset Mark, IReadOnlyList<MonthlyRow> Rows)> sums = new();

    public IReadOnlyList<MonthlyRow>? Find(DateOnly month, string pattern, string by, DateTimeOffset mark) =>
        sums.TryGetValue((month, pattern, by), out var kept) && kept.Mark == mark ? kept.Rows : null;

    public void Keep(DateOnly month, string pattern, string by, DateTimeOffset mark, IReadOnlyList<MonthlyRow> rows)
    {
        if (sums.Count >= Capacity) sums.Clear();
        sums[(month, pattern, by)] = (mark, rows);
    }
}
