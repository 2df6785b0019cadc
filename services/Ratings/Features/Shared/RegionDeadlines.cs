using Linkage.Ratings.Domain;
using Linkage.Ratings.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Ratings.Features.Shared;

/// <summary>The return-visit and rectification dates of a bad rating, by the handling region's own working-day
/// limits (longest matching prefix) or the configured defaults. The regions' limits are seeded data that only a
/// migration changes, so they are read once per process, as the indicator sets are (decisions 0581, 0587).</summary>
public sealed class RegionDeadlines(RatingsSettings settings)
{
    private IReadOnlyList<RegionDeadline>? regions;

    public async Task<(DateOnly? VisitDue, DateOnly? Deadline)> ForAsync(RatingsDbContext db, string division, DateOnly ratedOn, CancellationToken ct)
    {
        regions ??= await db.RegionDeadlines.AsNoTracking().OrderByDescending(r => r.DivisionPrefix.Length).ToListAsync(ct);
        var region = regions.FirstOrDefault(r => division.StartsWith(r.DivisionPrefix, StringComparison.Ordinal));
        var visit = new RectificationDeadlinePolicy(region?.VisitWorkingDays ?? settings.VisitWorkingDays);
        var rectify = new RectificationDeadlinePolicy(region?.RectificationWorkingDays ?? settings.RectificationWorkingDays);
        return (visit.DeadlineFor(ratedOn), rectify.DeadlineFor(ratedOn));
    }
}
