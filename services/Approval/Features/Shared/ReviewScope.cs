using Linkage.Approval.Domain;
using Linkage.Approval.Persistence;
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

    /// <summary>One task as <see cref="VisibleTo(IQueryable{ReviewTask}, IQueryable{ReviewCase}, CallerContext)"/> lets the
    /// caller see it, with its case and the case's handling centre, or null: a decision's first read. Compiled once per
    /// process, so the decision pays neither EF's parameter extraction nor its query cache (decision 0770); the filter is
    /// the one above, with the department and the subtree as the query's parameters, and the case joined once for both the
    /// subtree and the centre (one probe of its key, not two: 0807).</summary>
    public static async Task<VisibleTask?> VisibleTaskAsync(this ApprovalDbContext db, Guid taskId, CallerContext caller, CancellationToken ct) =>
        IsReviewer(caller) && caller.DepartmentId is { } department && caller.Division is not null
            ? await VisibleTaskQuery(db, taskId, department, caller.SubtreePattern, ct)
            : null;

    public sealed record VisibleTask(Guid CaseId, string DepartmentId, string Centre);

    private static readonly Func<ApprovalDbContext, Guid, string, string, CancellationToken, Task<VisibleTask?>> VisibleTaskQuery =
        EF.CompileAsyncQuery((ApprovalDbContext db, Guid taskId, string department, string pattern, CancellationToken ct) =>
            db.Tasks.AsNoTracking()
                .Where(t => t.Id == taskId && t.DepartmentId == department)
                .Join(db.Cases.Where(c => EF.Functions.Like(c.HandlingDivision, pattern)), t => t.CaseId, c => c.Id,
                    (t, c) => new VisibleTask(t.CaseId, t.DepartmentId, c.HandlingOrgUnitId))
                .FirstOrDefault());

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
