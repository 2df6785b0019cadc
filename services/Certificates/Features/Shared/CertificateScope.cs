using Linkage.Certificates.Domain;
using Linkage.Messaging;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Certificates.Features.Shared;

/// <summary>Who may read a certificate, as part of the query (<see cref="CaseReach"/>): supervisors and admins of
/// the handling subtree, clerks and agents of the handling centre or the station that took the case in, reviewers of
/// a department that reviewed it, and the holder (by ID digest, or an organisation by credit code).</summary>
public static class CertificateScope
{
    public static IQueryable<Certificate> VisibleTo(
        this IQueryable<Certificate> certificates, IQueryable<CaseDepartment> departments, CallerContext caller)
    {
        var reach = CaseReach.Of(caller);
        return certificates.Where(c => EF.Functions.Like(c.HandlingDivision, reach.SubtreePattern)
            || c.HandlingOrgUnitId == reach.OrgUnitId || c.SubmittedAtOrgUnitId == reach.OrgUnitId
            || departments.Any(d => d.CaseId == c.CaseId && d.DepartmentId == reach.DepartmentId)
            || c.Holder.IdDigest == reach.IdDigest
            || c.HolderCreditCode == reach.OrgCreditCode);
    }
}
