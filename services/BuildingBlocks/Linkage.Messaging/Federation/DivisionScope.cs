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
}
