using Linkage.Approval.Domain;
using Linkage.ServiceDefaults.Auth;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Approval.Features.Shared;

/// <summary>What a caller may see, as part of the query. Reviewers (and chief representatives) see their own
/// department's tasks on cases handled in their subtree; staff see the plans of cases handled in their subtree.</summary>
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

    public static IQueryable<ReviewCase> VisibleTo(this IQueryable<ReviewCase> cases, CallerContext caller)
    {
        if (!caller.IsStaff || caller.Division is null) return cases.Where(_ => false);
        var pattern = caller.SubtreePattern;
        return cases.Where(c => EF.Functions.Like(c.HandlingDivision, pattern));
    }

    private static bool IsReviewer(CallerContext caller) =>
        caller.Has(Roles.DepartmentReviewer) || caller.Has(Roles.ChiefRepresentative);
}
