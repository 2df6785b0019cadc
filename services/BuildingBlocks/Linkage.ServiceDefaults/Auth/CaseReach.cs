namespace Linkage.ServiceDefaults.Auth;

/// <summary>Least privilege over cases (decision 0300), as parameters of a module's case query; a case is visible
/// when any one matches. Supervisors and centre or tier admins reach their subtree; window clerks and village agents
/// the cases their own centre or station took in or handles; reviewers and chief representatives the cases their
/// department reviews; applicants their own, as a person or for their organisation. A reach the caller lacks is
/// <see cref="Nothing"/>, which no column holds.</summary>
public sealed record CaseReach(string SubtreePattern, string OrgUnitId, string DepartmentId, string IdDigest, string OrgCreditCode)
{
    public const string Nothing = "∅";

    public static CaseReach Of(CallerContext caller) => new(
        caller.Division is not null && (caller.Has(Roles.Supervisor) || caller.Has(Roles.CentreAdmin) || caller.Has(Roles.TierAdmin))
            ? caller.SubtreePattern : Nothing,
        caller.Has(Roles.WindowClerk) || caller.Has(Roles.VillageAgent) ? OrNothing(caller.OrgUnitId) : Nothing,
        caller.Has(Roles.DepartmentReviewer) || caller.Has(Roles.ChiefRepresentative) ? OrNothing(caller.DepartmentId) : Nothing,
        OrNothing(caller.IdDigest),
        OrNothing(caller.OrgCreditCode?.ToUpperInvariant()));

    /// <summary>A department reviewer or chief representative and nothing more: reaches the cases of their department,
    /// never the subtree's other business (appointments, ledgers, orders, rectifications, sessions they are not in).</summary>
    public static bool ReviewsOnly(CallerContext caller) =>
        (caller.Has(Roles.DepartmentReviewer) || caller.Has(Roles.ChiefRepresentative))
        && !caller.Has(Roles.WindowClerk) && !caller.Has(Roles.VillageAgent) && !caller.Has(Roles.Supervisor)
        && !caller.Has(Roles.CentreAdmin) && !caller.Has(Roles.TierAdmin);

    private static string OrNothing(string? value) => string.IsNullOrEmpty(value) ? Nothing : value;
}
