using Linkage.Contracts.Federation;

namespace Linkage.Testing;

/// <summary>The event types a deployment accepts from a peer above or below it, as <c>./platform up --tiers</c>
/// (<c>tier_sends</c>) and the chart's values list them (decision 0548).</summary>
public static class TierEvents
{
    /// <summary>From a deployment below: stations' cases, supplied materials, ratings and their follow-ups (0519),
    /// hand-overs, roll-ups, audit heads.</summary>
    public static readonly string[] Up =
    [
        CaseForwarded.Type, CaseSupplied.Type, RatingRelayed.Type, FollowUpRelayed.Type, CertificateHandedOver.Type,
        CountsRolledUp.Type, StateRolledUp.Type, AuditHeadSigned.Type,
    ];

    /// <summary>From the parent: status changes, licences for a station and their changes (0528), a relayed rating's
    /// rectification (0519), and the catalog cascade.</summary>
    public static readonly string[] Down =
        [CaseStatusChanged.Type, CertificateForStation.Type, CertificateStatusChanged.Type, RectificationChanged.Type, MatterChanged.Type];

    /// <summary>From further up: the catalog comes only from the parent, which applies its own locks first (0549).</summary>
    public static readonly string[] DownPastTheParent =
        [CaseStatusChanged.Type, CertificateForStation.Type, CertificateStatusChanged.Type, RectificationChanged.Type];
}
