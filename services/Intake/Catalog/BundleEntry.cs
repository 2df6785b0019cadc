using Linkage.Contracts.Catalog.V1;
using Linkage.Contracts.Events.Intake;
using Leg = Linkage.Contracts.Events.Intake.BundleLeg;

namespace Linkage.Intake.Catalog;

/// <summary>A bundle read as the one entry intake works with (decision 0181): its code and version stand for the
/// implementation, its name for the matter, its merged materials, combined limit and merged licence for the
/// entry's; a committed case at the owning centre, never taken by proxy.</summary>
public static class BundleEntry
{
    public static Implementation AsImplementation(Bundle b)
    {
        var entry = new Implementation
        {
            Found = b.Found, ImplementationCode = b.BundleCode, Version = b.Version, MatterCode = b.BundleCode, MatterName = b.Name,
            OrgUnitId = b.OrgUnitId, OrgUnitName = b.OrgUnitName, DivisionCode = b.DivisionCode, CaseKind = CaseKind.Committed,
            LegalLimit = b.CommittedLimit, CommittedLimit = b.CommittedLimit, ProxyAllowed = false,
            Licence = b.MergedLicence, Active = b.Active,
        };
        entry.Materials.AddRange(b.Materials);
        return entry;
    }

    public static ResolveCompetentUnitReply AsUnit(Bundle b) => new()
    {
        Found = true, OrgUnitId = b.OrgUnitId, OrgUnitName = b.OrgUnitName, DivisionCode = b.DivisionCode,
        ImplementationCode = b.BundleCode, ImplementationVersion = b.Version, ProxyAllowed = false,
    };

    /// <summary>The legs pinned at the versions in force now, and the merged licence, for <c>CaseAccepted.Bundle</c>.</summary>
    public static BundleSummary Summary(Bundle b) => new(
        b.BundleCode, b.Version, b.Name,
        b.Legs.Select(l => new Leg(l.ImplementationCode, l.ImplementationVersion, l.MatterCode, l.MatterName)).ToList(),
        b.MergedLicence is { Produces: true } m ? new BundleLicence(m.TypeCode, m.TypeName, m.IssuerCreditCode, m.ValidityYears) : null);
}
