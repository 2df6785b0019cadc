using Linkage.Ratings.Domain;

namespace Linkage.Ratings.Features.Rectifications;

/// <summary>Who may take which step (least privilege; anyone else gets 404): the handling unit's own staff work the
/// rectification, a supervisor over its region decides an appeal, and only the rater adds the follow-up rating.</summary>
public static class RectificationAccess
{
    public static IQueryable<Rectification> ActionableBy(this IQueryable<Rectification> rows, CallerContext caller, string step)
    {
        if (step == RectificationSteps.FollowUp) return rows.RatedBy(caller);
        if (step == RectificationSteps.AppealDecision)
            return caller.Has(Roles.Supervisor) ? rows.VisibleTo(caller) : rows.Where(_ => false);
        return caller.OrgUnitId is { } unit ? rows.VisibleTo(caller).Where(r => r.HandlingOrgUnitId == unit) : rows.Where(_ => false);
    }

    /// <summary>The rater's own rectifications, matched on their ID digest (the unit never sees it).</summary>
    public static IQueryable<Rectification> RatedBy(this IQueryable<Rectification> rows, CallerContext caller) =>
        caller.IdDigest is { Length: > 0 } digest ? rows.Where(r => r.RaterIdDigest == digest) : rows.Where(_ => false);
}
