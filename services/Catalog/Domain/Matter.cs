using Linkage.Catalog.Domain.Rules;

namespace Linkage.Catalog.Domain;

/// <summary>A government service matter (政务服务事项) of the national/provincial catalogue, by basic code (基本编码).</summary>
public sealed class Matter
{
    private Matter() { }

    public string Code { get; private set; } = "";
    public string Name { get; private set; } = "";
    public MatterType Type { get; private set; }

    /// <summary>Everyday names residents search with (俗称), e.g. 退休 for the pension qualification check.</summary>
    public List<string> Keywords { get; private set; } = [];

    public List<MatterVersion> Versions { get; private set; } = [];

    /// <summary>The version in force on <paramref name="day"/>: the highest one already effective.</summary>
    public MatterVersion? VersionOn(DateOnly day) =>
        Versions.Where(v => v.EffectiveFrom <= day).MaxBy(v => v.Version);

    public MatterVersion Latest => Versions.MaxBy(v => v.Version)!;

    /// <summary>An edit (修订): the next version, checked against the latest and today; name and keywords follow it.</summary>
    public MatterVersion Revise(string name, IReadOnlyList<string> keywords, MatterVersion draft, DateOnly today)
    {
        var next = draft with { Version = Latest.Version + 1 };
        BusinessRule.Check(MatterRules.For(next, Latest, today).Append(new RequiredTextRule("name", name)));
        (Name, Keywords, Versions) = (name, [.. keywords], [.. Versions, next]);
        return next;
    }

    /// <summary>The cascade (下发): takes the versions this copy lacks; name and keywords follow a newer latest version.</summary>
    public bool Absorb(string name, IReadOnlyList<string> keywords, IReadOnlyList<MatterVersion> versions)
    {
        var missing = versions.Where(v => Versions.All(known => known.Version != v.Version)).ToList();
        if (missing.Count == 0) return false;
        if (missing.Max(v => v.Version) > Latest.Version) (Name, Keywords) = (name, [.. keywords]);
        Versions = [.. Versions.Concat(missing).OrderBy(v => v.Version)];
        return true;
    }

    public static Matter Create(string code, string name, MatterType type, IReadOnlyList<string> keywords, IReadOnlyList<MatterVersion> versions)
    {
        BusinessRule.Check(
            new CodeLengthRule("code", code, BasicCode.MaxLength),
            new RequiredTextRule("name", name),
            new VersionsAreNumberedOnceRule("versions", versions.Select(v => v.Version).ToList()));
        return new() { Code = code, Name = name, Type = type, Keywords = [.. keywords], Versions = [.. versions.OrderBy(v => v.Version)] };
    }
}
