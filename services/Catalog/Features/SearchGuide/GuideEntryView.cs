using Linkage.Catalog.Domain;
using Linkage.Catalog.Features.Shared;

namespace Linkage.Catalog.Features.SearchGuide;

/// <summary>One line of the public guide (办事指南): what, where, with what, how long, how many trips.</summary>
public sealed record GuideEntryView(
    string MatterCode, string MatterName, MatterType MatterType, string ImplementationCode, int Version, OrgUnitRef Where,
    CaseKind CaseKind, LimitView LegalLimit, LimitView CommittedLimit, int Trips, bool ProxyAllowed,
    IReadOnlyList<MaterialView> Materials, LicenceView? Licence)
{
    public static GuideEntryView From(Candidate c, Matter m) => new(
        m.Code, m.Name, m.Type, c.Entry.Code, c.Entry.Version, OrgUnitRef.From(c.Unit), c.Entry.CaseKind,
        LimitView.From(c.Entry.LegalLimit), LimitView.From(c.Entry.CommittedLimit), c.Entry.Trips, c.Entry.ProxyAllowed,
        c.Entry.Materials.Select(MaterialView.From).ToList(), LicenceView.From(c.Entry.Licence));
}
