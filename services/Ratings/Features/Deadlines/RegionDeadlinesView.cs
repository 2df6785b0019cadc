using Linkage.Ratings.Domain;

namespace Linkage.Ratings.Features.Deadlines;

/// <summary>The limits in force for a region, where each comes from ("default" or the prefix of the region that set
/// it), the locks above, and the region's own limits when it wrote some.</summary>
public sealed record RegionDeadlinesView(
    string Division,
    int VisitWorkingDays,
    int RectificationWorkingDays,
    IReadOnlyDictionary<string, string> Provenance,
    IReadOnlyDictionary<string, string> LockedBy,
    RegionDeadlineRequest? Own)
{
    public static RegionDeadlinesView Of(string division, EffectiveDeadlines limits, RegionDeadline? own) => new(division,
        limits.VisitWorkingDays, limits.RectificationWorkingDays, limits.Provenance, limits.LockedBy,
        own is null ? null : new RegionDeadlineRequest(own.VisitWorkingDays, own.RectificationWorkingDays, own.Locks));
}
