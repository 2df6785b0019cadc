using Linkage.ServiceDefaults.Auth;
using Linkage.VideoReview.Domain;
using Microsoft.EntityFrameworkCore;

namespace Linkage.VideoReview.Features.Shared;

/// <summary>Staff see the sessions scheduled in their subtree, and may hold sessions on the cases handled or
/// taken there; a department reviewer only the sessions they host or take part in, and only their department's cases
/// (least privilege, decision 0300). Participants from elsewhere reach a session through their join ticket.</summary>
public static class SessionScope
{
    public static IQueryable<ReviewSession> VisibleTo(this IQueryable<ReviewSession> sessions, CallerContext caller)
    {
        if (!InScope(caller)) return sessions.Where(_ => false);
        var pattern = caller.SubtreePattern;
        if (CaseReach.ReviewsOnly(caller)) return sessions.Where(s => EF.Functions.Like(s.Division, pattern)).TakenPartInBy(caller);
        return sessions.Where(s => EF.Functions.Like(s.Division, pattern));
    }

    /// <summary>The subtree's sessions, and those the caller's org unit takes part in (a county joining a city's session).</summary>
    public static IQueryable<ReviewSession> JoinableBy(this IQueryable<ReviewSession> sessions, CallerContext caller)
    {
        if (!InScope(caller)) return sessions.Where(_ => false);
        if (CaseReach.ReviewsOnly(caller)) return sessions.TakenPartInBy(caller);
        var pattern = caller.SubtreePattern;
        return sessions.Where(s => EF.Functions.Like(s.Division, pattern) || s.Participants.Any(p => p.OrgUnitId == caller.OrgUnitId));
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

    /// <summary>Hosted by the caller, or with the caller's org unit (and department, when one is named) among the participants.</summary>
    private static IQueryable<ReviewSession> TakenPartInBy(this IQueryable<ReviewSession> sessions, CallerContext caller) =>
        sessions.Where(s => s.CreatedBy == caller.Subject
            || s.Participants.Any(p => p.OrgUnitId == caller.OrgUnitId && (p.DepartmentId == null || p.DepartmentId == caller.DepartmentId)));

    private static bool InScope(CallerContext caller) => caller.IsStaff && caller.Division is not null;
}
