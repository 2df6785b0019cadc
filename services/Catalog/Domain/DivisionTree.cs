using Linkage.Kernel;

namespace Linkage.Catalog.Domain;

/// <summary>Walking up the region tree (Kernel <see cref="DivisionCode.Parent"/>, which skips the placeholder city of
/// province-administered counties).</summary>
public static class DivisionTree
{
    /// <summary>The code itself, then every division above it up to the province, nearest first.</summary>
    public static IReadOnlyList<string> SelfAndAncestors(DivisionCode code)
    {
        var chain = new List<string>(5);
        for (DivisionCode? current = code; current is { } c; current = c.Parent) chain.Add(c.Value);
        return chain;
    }

    /// <summary>Whether the stored code <paramref name="code"/> lies in the subtree of <paramref name="root"/> (itself included).</summary>
    public static bool IsWithin(string code, string root) =>
        DivisionCode.TryParse(code, out var inner, out _) && DivisionCode.TryParse(root, out var outer, out _) && inner.IsWithin(outer);
}
