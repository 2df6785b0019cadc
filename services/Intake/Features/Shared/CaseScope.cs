using Linkage.Intake.Domain;
using Linkage.Messaging;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Intake.Features.Shared;

/// <summary>The cases a caller may see, as part of the query (<see cref="CaseReach"/>): the subtree for supervisors
/// and admins, their own centre or station for clerks and agents, their department's cases for reviewers (from the
/// local projection of ReviewOpened), their own for applicants.</summary>
public static class CaseScope
{
    public static IQueryable<IntakeCase> VisibleTo(
        this IQueryable<IntakeCase> cases, IQueryable<CaseDepartment> departments, CallerContext caller)
    {
        var reach = CaseReach.Of(caller);
        return cases.Where(c => EF.Functions.Like(c.HandlingDivision, reach.SubtreePattern)
            || EF.Functions.Like(c.SubmittedAtDivision, reach.SubtreePattern)
            || c.HandlingOrgUnitId == reach.OrgUnitId || c.SubmittedAtOrgUnitId == reach.OrgUnitId
            || departments.Any(d => d.CaseId == c.Id && d.DepartmentId == reach.DepartmentId)
            || c.Applicant.IdDigest == reach.IdDigest
            || c.Applicant.CreditCode == reach.OrgCreditCode);
    }
}
