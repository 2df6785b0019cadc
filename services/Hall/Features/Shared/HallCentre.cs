namespace Linkage.Hall.Features.Shared;

/// <summary>The centre (org unit) a caller works in: a window clerk, a centre admin or a kiosk acts for its own
/// centre only. Anyone else has none, and another centre's windows and tickets are not found for them.</summary>
public static class HallCentre
{
    public static string? Of(CallerContext caller) =>
        caller.OrgUnitId is { Length: > 0 } unit && caller.Division is not null
        && (caller.Has(Roles.WindowClerk) || caller.Has(Roles.CentreAdmin) || caller.Has(Roles.Kiosk))
            ? unit : null;
}
