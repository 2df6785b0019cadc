using Linkage.VideoReview.Domain;
using Microsoft.EntityFrameworkCore;

namespace Linkage.VideoReview.Features.Shared;

/// <summary>Least privilege over sessions (decision 0300's reaches, decision 0472): a session is read by its host,
/// its participants, the reviewers of the departments in its case's plan, the window clerks of the centre that
/// scheduled it, and the supervisors and admins of the subtree it was scheduled in.</summary>
public static class SessionScope
{
    public static IQueryable<ReviewSession> VisibleTo(this IQueryable<ReviewSession> sessions, IQueryable<CasePlan> plans, CallerContext caller)
    {
        if (!caller.IsStaff) return sessions.Where(_ => false);
        var reach = CaseReach.Of(caller);
        var (subject, orgUnit, department) = (caller.Subject, caller.OrgUnitId ?? CaseReach.Nothing, caller.DepartmentId);
        return sessions.Where(s => s.CreatedBy == subject
            || EF.Functions.Like(s.Division, reach.SubtreePattern)
            || s.CreatorOrgUnitId == reach.OrgUnitId
            || s.Participants.Any(p => p.Subject == subject
                || p.Subject == null && p.OrgUnitId == orgUnit && (p.DepartmentId == null || p.DepartmentId == department))
            || plans.Any(p => p.CaseId == s.CaseId && p.DepartmentIds.Contains(reach.DepartmentId)));
    }

    /// <summary>The subtree's sessions, and those the caller takes part in (a county joining a city's session, the
    /// applicant's representative); <see cref="SessionMembership.RoleOf"/> then decides.</summary>
    public static IQueryable<ReviewSession> JoinableBy(this IQueryable<ReviewSession> sessions, CallerContext caller)
    {
        // a reviewer reaches only the sessions they host or take part in, never the subtree's (the BOLA matrix)
        var pattern = InScope(caller) && !CaseReach.ReviewsOnly(caller) ? caller.SubtreePattern : CaseReach.Nothing;
        var (subject, orgUnit) = (caller.Subject, caller.IsStaff ? caller.OrgUnitId ?? CaseReach.Nothing : CaseReach.Nothing);
        var department = caller.DepartmentId;
        return sessions.Where(s => EF.Functions.Like(s.Division, pattern) || s.CreatedBy == subject
            || s.Participants.Any(p => p.Subject == subject
                || p.Subject == null && p.OrgUnitId == orgUnit && (p.DepartmentId == null || p.DepartmentId == department)));
    }

    public static IQueryable<ReviewableCase> VisibleTo(this IQueryable<ReviewableCase> cases, IQueryable<CasePlan> plans, CallerContext caller)
    {
        if (!InScope(caller)) return cases.Where(_ => false);
        var pattern = caller.SubtreePattern;
        var inSubtree = cases.Where(c => EF.Functions.Like(c.HandlingDivision, pattern) || EF.Functions.Like(c.SubmittedAtDivision, pattern));
        var department = caller.DepartmentId ?? CaseReach.Nothing;
        return CaseReach.ReviewsOnly(caller)
            ? inSubtree.Where(c => plans.Any(p => p.CaseId == c.Id && p.DepartmentIds.Contains(department)))
            : inSubtree;
    }

    private static bool InScope(CallerContext caller) => caller.IsStaff && caller.Division is not null;
}
