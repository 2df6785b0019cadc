using Linkage.Kernel;

namespace Linkage.Catalog.Features.Shared;

/// <summary>A tier admin (层级管理员) manages the directory and catalogue of their own subtree only.</summary>
public static class AdminScope
{
    public static bool Covers(this CallerContext caller, string divisionCode) =>
        caller.Has(Roles.TierAdmin) && caller.CanSee(divisionCode);

    /// <summary>The basic catalogue (基本目录) is the province's: only a province-level tier admin edits matters.</summary>
    public static bool KeepsTheCatalogue(this CallerContext caller) =>
        caller.Has(Roles.TierAdmin) && caller.Division is { Level: DivisionLevel.Province };
}
