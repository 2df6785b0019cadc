using Linkage.Office.Domain;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Office.Features.Shared;

/// <summary>Who reaches the office rules' records (decision 0500): the centre's management writes its centre's rules,
/// letters, posts and days off and decides its filings; the centre's clerks report filings and, with the departments'
/// staff there, keep the enquiry desk; supervisors and tier admins read their subtree. Anything else is 404.</summary>
public static class OfficeScope
{
    /// <summary>The centre a centre admin manages.</summary>
    public static string? ManagedCentre(CallerContext caller) =>
        caller.Has(Roles.CentreAdmin) ? Unit(caller) : null;

    /// <summary>The centre whose windows a clerk or centre admin works (filings).</summary>
    public static string? WindowCentre(CallerContext caller) =>
        caller.Has(Roles.WindowClerk) || caller.Has(Roles.CentreAdmin) ? Unit(caller) : null;

    /// <summary>The centre a member of its staff works in (the enquiry desk: clerks, departments' staff, management).</summary>
    public static string? StaffCentre(CallerContext caller) =>
        caller.Has(Roles.WindowClerk) || caller.Has(Roles.CentreAdmin) || caller.Has(Roles.DepartmentReviewer)
        || caller.Has(Roles.ChiefRepresentative) ? Unit(caller) : null;

    /// <summary>Supervisors and tier admins: their subtree's LIKE pattern.</summary>
    public static string? Oversight(CallerContext caller) =>
        caller.Division is not null && (caller.Has(Roles.Supervisor) || caller.Has(Roles.TierAdmin)) ? caller.SubtreePattern : null;

    public static IQueryable<NegativeFiling> VisibleTo(this IQueryable<NegativeFiling> filings, CallerContext caller) =>
        Oversight(caller) is { } pattern ? filings.Where(f => EF.Functions.Like(f.Division, pattern))
        : WindowCentre(caller) is { } centre ? filings.Where(f => f.OrgUnitId == centre)
        : filings.Where(_ => false);

    public static IQueryable<Enquiry> VisibleTo(this IQueryable<Enquiry> enquiries, CallerContext caller) =>
        Oversight(caller) is { } pattern ? enquiries.Where(e => EF.Functions.Like(e.Division, pattern))
        : StaffCentre(caller) is { } centre ? enquiries.Where(e => e.OrgUnitId == centre)
        : enquiries.Where(_ => false);

    public static IQueryable<WindowAuthorisation> VisibleTo(this IQueryable<WindowAuthorisation> letters, CallerContext caller) =>
        Oversight(caller) is { } pattern ? letters.Where(a => EF.Functions.Like(a.Division, pattern))
        : StaffCentre(caller) is { } centre ? letters.Where(a => a.OrgUnitId == centre)
        : letters.Where(_ => false);

    public static IQueryable<WindowPost> VisibleTo(this IQueryable<WindowPost> posts, CallerContext caller) =>
        Oversight(caller) is { } pattern ? posts.Where(p => EF.Functions.Like(p.Division, pattern))
        : StaffCentre(caller) is { } centre ? posts.Where(p => p.OrgUnitId == centre)
        : posts.Where(_ => false);

    private static string? Unit(CallerContext caller) =>
        caller.OrgUnitId is { Length: > 0 } unit && caller.Division is not null ? unit : null;
}
