using Linkage.Approval.Domain;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Approval.Features.Shared;

/// <summary>What a caller may see, as part of the query. Reviewers (and chief representatives) see their own
/// department's tasks on cases handled in their subtree; for plans, see below.</summary>
public static class ReviewScope
{
    public static IQueryable<ReviewTask> VisibleTo(this IQueryable<ReviewTask> tasks, IQueryable<ReviewCase> cases, CallerContext caller)
    {
        if (!IsReviewer(caller) || caller.DepartmentId is not { } department || caller.Division is null)
            return tasks.Where(_ => false);
        var pattern = caller.SubtreePattern;
        return tasks.Where(t => t.DepartmentId == department
            && cases.Any(c => c.Id == t.CaseId && EF.Functions.Like(c.HandlingDivision, pattern)));
    }

    /// <summary>Plans and timelines, with least privilege (<see cref="CaseReach"/>): supervisors and admins of the
    /// handling subtree, clerks and agents of the handling centre or the station that took the case in, reviewers
    /// of a department with a task on it. Applicants follow their case in intake.</summary>
    public static IQueryable<ReviewCase> VisibleTo(this IQueryable<ReviewCase> cases, CallerContext caller)
    {
        if (!caller.IsStaff) return cases.Where(_ => false);
        var reach = CaseReach.Of(caller);
        return cases.Where(c => EF.Functions.Like(c.HandlingDivision, reach.SubtreePattern)
            || c.HandlingOrgUnitId == reach.OrgUnitId || c.SubmittedAtOrgUnitId == reach.OrgUnitId
            || c.Tasks.Any(t => t.DepartmentId == reach.DepartmentId));
    }

    private static bool IsReviewer(CallerContext caller) =>
        caller.Has(Roles.DepartmentReviewer) || caller.Has(Roles.ChiefRepresentative);
}
