using Linkage.ServiceDefaults.Auth;
using Linkage.Supervision.Domain;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Supervision.Features.Shared;

/// <summary>Supervision is for staff: a case is theirs when it is handled or was taken in their subtree.</summary>
public static class SupervisionScope
{
    public static IQueryable<SupervisedCase> VisibleTo(this IQueryable<SupervisedCase> cases, CallerContext caller)
    {
        if (!caller.IsStaff || caller.Division is null) return cases.Where(_ => false);
        var pattern = caller.SubtreePattern;
        return cases.Where(c => EF.Functions.Like(c.HandlingDivision, pattern) || EF.Functions.Like(c.SubmittedAtDivision, pattern));
    }

    /// <summary>Figures and alerts belong to whoever handles the case.</summary>
    public static IQueryable<SupervisedCase> HandledWithin(this IQueryable<SupervisedCase> cases, string subtreePattern) =>
        cases.Where(c => EF.Functions.Like(c.HandlingDivision, subtreePattern));
}
