using Linkage.Catalog.Features.Shared;

namespace Linkage.Catalog.Features.GetBundle;

/// <summary>A one-thing bundle (一件事一次办) as the API and the public guide show it.</summary>
public sealed record BundleView(
    string BundleCode, int Version, DateOnly EffectiveFrom, string Name, OrgUnitRef OrgUnit, LimitView CommittedLimit,
    IReadOnlyList<BundleLegView> Legs, IReadOnlyList<MaterialView> Materials, LicenceView? MergedLicence,
    IReadOnlyList<string> Keywords, bool Active)
{
    public static BundleView From(BundleDetails d) => new(
        d.Bundle.Code, d.Bundle.Version, d.Bundle.EffectiveFrom, d.Bundle.Name, OrgUnitRef.From(d.Unit),
        LimitView.From(d.Bundle.CommittedLimit),
        d.Legs.Select(l => new BundleLegView(l.Code, l.Entry?.Version, l.Entry?.MatterCode, l.Matter?.Name,
            l.Entry is null ? null : LimitView.From(l.Entry.CommittedLimit))).ToList(),
        d.Materials.Select(MaterialView.From).ToList(), LicenceView.From(d.Bundle.MergedLicence), d.Bundle.Keywords, d.Active);
}

/// <summary>A leg and the entry in force today (nulls once the entry was withdrawn).</summary>
public sealed record BundleLegView(
    string ImplementationCode, int? ImplementationVersion, string? MatterCode, string? MatterName, LimitView? CommittedLimit);
