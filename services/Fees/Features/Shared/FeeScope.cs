using Linkage.Fees.Domain;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Fees.Features.Shared;

/// <summary>Who reaches a case's fee (decision 0443): the applicant their own, staff of the handling centre its
/// cases (department reviewers only their department's: decision 0423), supervisors and admins their subtree. Only the handling centre's window clerks collect, relieve,
/// waive, refund and reconcile. Anything else is 404.</summary>
public static class FeeScope
{
    public static IQueryable<FeeAssessment> VisibleTo(this IQueryable<FeeAssessment> fees, CallerContext caller)
    {
        if (caller.Has(Roles.Supervisor) || caller.Has(Roles.CentreAdmin) || caller.Has(Roles.TierAdmin))
        {
            var pattern = caller.SubtreePattern;
            return fees.Where(f => EF.Functions.Like(f.HandlingDivision, pattern));
        }
        if (CaseReach.ReviewsOnly(caller)) return fees.Where(f => f.DepartmentId == (caller.DepartmentId ?? CaseReach.Nothing));
        if (caller.IsStaff && caller.OrgUnitId is { } unit) return fees.Where(f => f.HandlingOrgUnitId == unit);
        if (caller.Has(Roles.Applicant) && caller.IdDigest is { } digest) return fees.Where(f => f.ApplicantIdDigest == digest);
        return fees.Where(_ => false);
    }

    /// <summary>The applicant's own fees only: what they may start paying online.</summary>
    public static IQueryable<FeeAssessment> OwnedBy(this IQueryable<FeeAssessment> fees, CallerContext caller) =>
        caller.Has(Roles.Applicant) && caller.IdDigest is { } digest ? fees.Where(f => f.ApplicantIdDigest == digest) : fees.Where(_ => false);

    /// <summary>Daily reconciliations (日对账): supervisors and admins their subtree's, a centre's window clerks their
    /// centre's; nobody else (a department's reviewers do not reconcile).</summary>
    public static IQueryable<Reconciliation> VisibleTo(this IQueryable<Reconciliation> rows, CallerContext caller)
    {
        if (caller.Has(Roles.Supervisor) || caller.Has(Roles.CentreAdmin) || caller.Has(Roles.TierAdmin))
        {
            var pattern = caller.SubtreePattern;
            return rows.Where(r => EF.Functions.Like(r.HandlingDivision, pattern));
        }
        if (caller.Has(Roles.WindowClerk) && caller.OrgUnitId is { } unit) return rows.Where(r => r.HandlingOrgUnitId == unit);
        return rows.Where(_ => false);
    }

    public static IQueryable<FeeAssessment> CollectedBy(this IQueryable<FeeAssessment> fees, CallerContext caller) =>
        caller.Has(Roles.WindowClerk) && caller.OrgUnitId is { } unit ? fees.Where(f => f.HandlingOrgUnitId == unit) : fees.Where(_ => false);
}
