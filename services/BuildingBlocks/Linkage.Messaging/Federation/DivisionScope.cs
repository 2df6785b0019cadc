using Linkage.Kernel;

namespace Linkage.Messaging;

/// <summary>The subtrees of the region tree a deployment serves (<c>Linkage:Serves</c>; empty = all of them), less
/// the subtrees delegated to deployments of their own (<c>Linkage:ServesExcept</c>, e.g. a city without the county
/// that runs its own system). Subtree rules are the Kernel's <see cref="DivisionCode"/>.</summary>
public sealed class DivisionScope(IReadOnlyList<string> serves, IReadOnlyList<string>? except = null)
{
    private readonly DivisionCode[] roots = serves.Select(DivisionCode.Parse).ToArray();
    private readonly DivisionCode[] delegated = (except ?? []).Select(DivisionCode.Parse).ToArray();

    public IReadOnlyList<string> Serves { get; } = serves;

    public IReadOnlyList<string> Except { get; } = except ?? [];

    public bool ServesAll => roots.Length == 0 && delegated.Length == 0;

    /// <summary>Whether an event targeted at <paramref name="division"/> is this deployment's to handle.</summary>
    public bool Covers(string? division)
    {
        if (roots.Length == 0 && delegated.Length == 0) return true;
        if (!DivisionCode.TryParse(division, out var code, out _)) return false;
        return (roots.Length == 0 || roots.Any(code.IsWithin)) && !delegated.Any(code.IsWithin);
    }

    public static bool IsDivisionCode(string? code) => DivisionCode.TryParse(code, out _, out _);

    /// <summary>A subtree written <c>350900000000</c> or <c>350900000000!350926000000</c> (less the subtrees after
    /// <c>!</c>); null when a part is not a division code.</summary>
    public static DivisionScope? ParseSubtree(string text)
    {
        var codes = text.Split('!', StringSplitOptions.TrimEntries);
        return codes.All(IsDivisionCode) ? new DivisionScope([codes[0]], codes[1..]) : null;
    }

    /// <summary>Leading digits of division codes whose subtrees together are exactly this scope (an empty one: every
    /// code). A subtree less an excepted one inside it becomes the excepted one's siblings at each digit between them:
    /// 3509 less 350926 is 35090…35099 but 35092, and 35092 0…9 but 6.</summary>
    public IReadOnlyList<string> Prefixes()
    {
        var prefixes = roots.Length == 0 ? [""] : roots.Select(r => r.SignificantPrefix).ToList();
        foreach (var cut in delegated.Select(d => d.SignificantPrefix))
            prefixes = prefixes.SelectMany(p => Less(p, cut)).ToList();
        return prefixes.Distinct(StringComparer.Ordinal).ToList();
    }

    private static IEnumerable<string> Less(string prefix, string cut)
    {
        if (prefix.StartsWith(cut, StringComparison.Ordinal)) yield break;
        if (!cut.StartsWith(prefix, StringComparison.Ordinal))
        {
            yield return prefix;
            yield break;
        }
        for (var i = prefix.Length; i < cut.Length; i++)
            for (var digit = '0'; digit <= '9'; digit++)
                if (digit != cut[i]) yield return cut[..i] + digit;
    }
}
