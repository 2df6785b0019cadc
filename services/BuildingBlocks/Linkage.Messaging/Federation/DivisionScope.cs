using Linkage.Kernel;

namespace Linkage.Messaging;

/// <summary>The subtrees of the region tree a deployment serves (<c>Linkage:Serves</c>); empty = all of them.
/// Subtree rules are the Kernel's <see cref="DivisionCode"/>.</summary>
public sealed class DivisionScope(IReadOnlyList<string> serves)
{
    private readonly DivisionCode[] roots = serves.Select(DivisionCode.Parse).ToArray();

    public IReadOnlyList<string> Serves { get; } = serves;

    public bool ServesAll => roots.Length == 0;

    /// <summary>Whether an event targeted at <paramref name="division"/> is this deployment's to handle.</summary>
    public bool Covers(string? division) =>
        ServesAll || (DivisionCode.TryParse(division, out var code, out _) && roots.Any(code.IsWithin));

    public static bool IsDivisionCode(string? code) => DivisionCode.TryParse(code, out _, out _);
}
