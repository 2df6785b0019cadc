using Linkage.Catalog.Domain.Rules;
using Linkage.Kernel;

namespace Linkage.Catalog.Domain;

/// <summary>A one-thing bundle (一件事一次办): matters of several departments taken at one centre's window with one
/// form, one material set and one combined committed limit. Each leg is an implementation entry of that centre, kept
/// by code (its version in force is read with the bundle). An edit is a new version with a later effective date.</summary>
public sealed class Bundle
{
    private Bundle() { }

    public string Code { get; private set; } = "";
    public int Version { get; private set; }
    public DateOnly EffectiveFrom { get; private set; }
    public string Name { get; private set; } = "";
    public string OrgUnitId { get; private set; } = "";
    public HandlingTimeLimit CommittedLimit { get; private set; } = null!;
    public List<string> Legs { get; private set; } = [];
    public Licence MergedLicence { get; private set; } = null!;
    public List<string> Keywords { get; private set; } = [];
    public bool Active { get; private set; } = true;

    public static Bundle Create(BundleDraft d)
    {
        BusinessRule.Check(BundleRules.For(d));
        return new()
        {
            Code = d.Code, Version = d.Version, EffectiveFrom = d.EffectiveFrom, Name = d.Name.Trim(), OrgUnitId = d.OrgUnitId,
            CommittedLimit = d.CommittedLimit, Legs = [.. d.Legs], MergedLicence = d.MergedLicence, Keywords = [.. d.Keywords],
        };
    }
}

/// <summary>What a bundle version is made from (the API and the seed).</summary>
public sealed record BundleDraft(
    string Code, int Version, DateOnly EffectiveFrom, string Name, string OrgUnitId, HandlingTimeLimit CommittedLimit,
    IReadOnlyList<string> Legs, Licence MergedLicence)
{
    public IReadOnlyList<string> Keywords { get; init; } = [];
}
