using Linkage.Ratings.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Ratings.Features.Shared;

/// <summary>The stamp of the reference data a rating reads, which the process keeps (decision 0638): the number of
/// indicator set versions (a version is only ever added) and the regions' limits (how many rows, the latest write).
/// Any publish or write, by this process or another replica, gives another stamp, so the next rating reads the data
/// again. A rating through its token reads the stamp in its one read (<c>InvitationLookup</c>), costing no statement.</summary>
public sealed record ReferenceStamp(int IndicatorSets, int Regions, DateTimeOffset? RegionsChangedAt)
{
    /// <summary>The stamp on its own, one statement.</summary>
    public static Task<ReferenceStamp> ReadAsync(RatingsDbContext db, CancellationToken ct) =>
        db.IndicatorSets.Take(1)
            .Select(_ => new ReferenceStamp(db.IndicatorSets.Count(), db.RegionDeadlines.Count(), db.RegionDeadlines.Max(r => (DateTimeOffset?)r.UpdatedAt)))
            .SingleAsync(ct);
}
