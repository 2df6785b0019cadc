using Linkage.Contracts.Catalog.V1;
using Linkage.Contracts.Events.Intake;

namespace Linkage.Intake.Features.SubmitCase;

/// <summary>Where the case goes: the competent unit and its pinned implementation entry (for a bundle, the bundle
/// read as one entry, and its legs pinned).</summary>
public sealed record CaseDestination(ResolveCompetentUnitReply Unit, Implementation Implementation, BundleSummary? Bundle = null)
{
    public bool IsForwarded(string submittingOrgUnitId) => Unit.OrgUnitId != submittingOrgUnitId;
}
