using Linkage.Ratings.Domain;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Ratings.Features.Rectifications;

/// <summary>The unit that handled a case owns its bad rating (谁办理、谁负责): its own staff see the ledger rows it
/// handled; supervisors, centre and tier admins see their subtree's (decision 0300's reaches, decision 0473). A mirror of
/// another deployment's row, kept for its rater (0519), is in nobody's ledger here.</summary>
public static class LedgerScope
{
    public static IQueryable<Rectification> VisibleTo(this IQueryable<Rectification> rows, CallerContext caller)
    {
        if (!caller.IsStaff || CaseReach.ReviewsOnly(caller)) return rows.Where(_ => false);
        var pattern = CaseReach.Of(caller).SubtreePattern;
        var unit = caller.OrgUnitId ?? CaseReach.Nothing;
        return rows.Where(r => !r.Mirror && (r.HandlingOrgUnitId == unit || EF.Functions.Like(r.HandlingDivision, pattern)));
    }
}
