using Microsoft.EntityFrameworkCore;

namespace Linkage.Messaging;

/// <summary>Which of a batch's cases already have a row, read in one statement (<c>= ANY</c>, decision 0662).</summary>
public static class KnownCases
{
    public static async Task<HashSet<Guid>> AmongAsync(IQueryable<Guid> rows, IEnumerable<Guid> caseIds, CancellationToken ct)
    {
        var ids = caseIds.Distinct().ToList();
        return [.. await rows.Where(id => ids.Contains(id)).ToListAsync(ct)];
    }
}
