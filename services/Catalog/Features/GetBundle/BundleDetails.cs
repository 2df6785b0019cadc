using Linkage.Catalog.Domain;

namespace Linkage.Catalog.Features.GetBundle;

/// <summary>A bundle version with its legs' entries in force today, their matters, and the merged material set.
/// Not active when the bundle or any leg was withdrawn.</summary>
public sealed record BundleDetails(Bundle Bundle, OrgUnit Unit, IReadOnlyList<BundleLegDetails> Legs, IReadOnlyList<Material> Materials)
{
    public bool Active => Bundle.Active && Legs.All(l => l.Entry is not null);

    public static BundleDetails Of(Bundle bundle, OrgUnit unit, IReadOnlyList<BundleLegDetails> legs) =>
        new(bundle, unit, legs, BundleMaterials.Merge(legs.Select(l => (IReadOnlyList<Material>?)l.Entry?.Materials ?? [])));
}

/// <summary>One leg: its implementation code, and the entry in force with its matter (null once withdrawn).</summary>
public sealed record BundleLegDetails(string Code, Implementation? Entry, Matter? Matter);
