using Linkage.Catalog.Domain;

namespace Linkage.Catalog.Features.GetMatter;

/// <summary>A catalogue matter with the version in force today (<c>current</c>, absent if none is effective yet).</summary>
public sealed record MatterView(
    string Code, string Name, MatterType Type, IReadOnlyList<string> Keywords, MatterVersionView? Current,
    IReadOnlyList<MatterVersionView> Versions);

public sealed record MatterVersionView(int Version, DateOnly EffectiveFrom, string LegalBasis)
{
    public static MatterVersionView From(MatterVersion v) => new(v.Version, v.EffectiveFrom, v.LegalBasis);
}
