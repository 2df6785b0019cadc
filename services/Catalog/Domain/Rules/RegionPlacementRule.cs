using Linkage.Kernel;

namespace Linkage.Catalog.Domain.Rules;

/// <summary>A region hangs under the region its code names as parent (Kernel <see cref="DivisionCode.Parent"/>):
/// a village under its town, never directly under a county. <paramref name="parent"/> is null when the caller's
/// subtree holds no such region (unknown and out of scope answer alike).</summary>
public sealed class RegionPlacementRule(string fieldPath, DivisionCode code, string? claimedParent, Region? parent) : IBusinessRule
{
    public string Field => fieldPath;

    public string Message => parent is null
        ? $"No region {claimedParent ?? code.Parent?.Value ?? "above a province"} exists in your subtree; create the parent first."
        : $"A {Name(code.Level)} belongs under {code.Parent?.Value}, not under the {Name(parent.Level)} {parent.Code}.";

    public bool IsBroken() => parent is null || parent.Code != code.Parent?.Value;

    private static string Name(DivisionLevel level) => level.ToString().ToLowerInvariant();
}
