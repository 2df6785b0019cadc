using Linkage.Ratings.Domain;
using Linkage.Ratings.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Ratings.Features.Shared;

/// <summary>The return-visit and rectification dates of a bad rating, by the handling region's own working-day
/// limits (longest matching prefix) or the configured defaults.</summary>
public sealed class RegionDeadlines(RatingsDbContext db, RatingsSettings settings)
{
    public async Task<(DateOnly? VisitDue, DateOnly? Deadline)> ForAsync(string division, DateOnly ratedOn, CancellationToken ct)
    {
        var region = await db.RegionDeadlines.AsNoTracking()
            .Where(r => EF.Functions.Like(division, r.DivisionPrefix + "%"))
            .OrderByDescending(r => r.DivisionPrefix.Length)
            .FirstOrDefaultAsync(ct);
        var visit = new RectificationDeadlinePolicy(region?.VisitWorkingDays ?? settings.VisitWorkingDays);
        var rectify = new RectificationDeadlinePolicy(region?.RectificationWorkingDays ?? settings.RectificationWorkingDays);
        return (visit.DeadlineFor(ratedOn), rectify.DeadlineFor(ratedOn));
    }
}
