using Linkage.Contracts.Federation;

namespace Linkage.Testing;

/// <summary>The <c>Sends</c> entries a deployment gives a peer above or below it, as <c>./platform up --tiers</c>
/// (<c>tier_sends</c>) and the chart's values list them: each type for the subtree the sender may speak for in it
/// (decisions 0548, 0612).</summary>
public static class TierEvents
{
    /// <summary>Types of the sender's own part (what it serves less what it delegates).</summary>
    private static readonly string[] OwnUp =
        [CaseForwarded.Type, CaseSupplied.Type, RatingRelayed.Type, FollowUpRelayed.Type, CertificateHandedOver.Type, AuditHeadSigned.Type];

    private static readonly string[] OwnDown =
        [CaseStatusChanged.Type, CertificateForStation.Type, CertificateStatusChanged.Type, RectificationChanged.Type];

    /// <summary>From a deployment below: its stations' cases, supplied materials, ratings and their follow-ups (0519), hand-overs and audit heads
    /// for its own part; roll-ups for all it serves (it relays its children's rows).</summary>
    public static string[] Up(FederationIdentity from) =>
        [.. Scoped(OwnUp, from.OwnPart), .. Scoped([CountsRolledUp.Type, StateRolledUp.Type], from.Serves)];

    /// <summary>From the parent: status changes, licences for a station and their changes (0528), relayed ratings' rectifications (0519) for its own part, and the
    /// catalog cascade for all it serves (its target is the child).</summary>
    public static string[] Down(FederationIdentity from) => [.. Scoped(OwnDown, from.OwnPart), .. Scoped([MatterChanged.Type], from.Serves)];

    /// <summary>From further up: the catalog comes only from the parent, which applies its own locks first (0549).</summary>
    public static string[] DownPastTheParent(FederationIdentity from) => Scoped(OwnDown, from.OwnPart);

    private static string[] Scoped(string[] types, string subtree) => [.. types.Select(t => $"{t}@{subtree}")];
}
