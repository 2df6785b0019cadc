using Linkage.Messaging;
using Linkage.ServiceDefaults.Auth;
using Linkage.Supervision.Domain;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Supervision.Features.Shared;

/// <summary>Supervision is for staff, with least privilege (<see cref="CaseReach"/>): supervisors and admins their
/// subtree, clerks and agents their own centre or station, reviewers their department's cases.</summary>
public static class SupervisionScope
{
    public static IQueryable<SupervisedCase> VisibleTo(
        this IQueryable<SupervisedCase> cases, IQueryable<CaseDepartment> departments, CallerContext caller)
    {
        var reach = CaseReach.Of(caller);
        return cases.Where(c => EF.Functions.Like(c.HandlingDivision, reach.SubtreePattern)
            || EF.Functions.Like(c.SubmittedAtDivision, reach.SubtreePattern)
            || c.HandlingOrgUnitId == reach.OrgUnitId || c.SubmittedAtOrgUnitId == reach.OrgUnitId
            || departments.Any(d => d.CaseId == c.Id && d.DepartmentId == reach.DepartmentId));
    }

    /// <summary>Figures and alerts belong to whoever handles the case.</summary>
    public static IQueryable<SupervisedCase> HandledWithin(this IQueryable<SupervisedCase> cases, string subtreePattern) =>
        cases.Where(c => EF.Functions.Like(c.HandlingDivision, subtreePattern));
}
