using Linkage.Contracts.Catalog.V1;

namespace Linkage.Intake.Features.SubmitCase;

/// <summary>Where the case goes: the competent unit and its pinned implementation entry.</summary>
public sealed record Routing(ResolveCompetentUnitReply Unit, Implementation Implementation)
{
    public bool IsForwarded(string submittingOrgUnitId) => Unit.OrgUnitId != submittingOrgUnitId;
}
