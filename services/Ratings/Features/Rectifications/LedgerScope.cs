using Linkage.Ratings.Domain;
using Linkage.ServiceDefaults.Auth;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Ratings.Features.Rectifications;

/// <summary>The unit that handled a case owns its bad rating: staff see the ledger rows handled in their subtree;
/// department reviewers have no part in it (issue 20's BOLA matrix).</summary>
public static class LedgerScope
{
    public static IQueryable<Rectification> VisibleTo(this IQueryable<Rectification> rows, CallerContext caller)
    {
        if (!caller.IsStaff || caller.Division is null || CaseReach.ReviewsOnly(caller)) return rows.Where(_ => false);
        var pattern = caller.SubtreePattern;
        return rows.Where(r => EF.Functions.Like(r.HandlingDivision, pattern));
    }
}
