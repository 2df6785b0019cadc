using Linkage.Catalog.Domain;
using Linkage.Kernel;

namespace Linkage.Catalog.Features.GetMatter;

/// <summary>A catalogue matter with the version in force today (<c>current</c>, absent if none is effective yet).</summary>
public sealed record MatterView(
    string Code, string Name, MatterType Type, IReadOnlyList<string> Keywords, MatterVersionView? Current,
    IReadOnlyList<MatterVersionView> Versions)
{
    public static MatterView From(Matter matter, TimeProvider clock)
    {
        var current = matter.VersionOn(ChinaTime.ToLocalDate(clock.GetUtcNow()));
        return new(matter.Code, matter.Name, matter.Type, matter.Keywords, current is null ? null : MatterVersionView.From(current),
            matter.Versions.Select(MatterVersionView.From).ToList());
    }
}

public sealed record MatterVersionView(int Version, DateOnly EffectiveFrom, string LegalBasis, MatterDetails? Details)
{
    public static MatterVersionView From(MatterVersion v) => new(v.Version, v.EffectiveFrom, v.LegalBasis, v.Details);
}
