using Linkage.Messaging;
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

    /// <summary>Receipts (收件, decision 0509) under the same reach as the cases.</summary>
    public static IQueryable<Receipt> VisibleTo(this IQueryable<Receipt> receipts, IQueryable<CaseDepartment> departments, CallerContext caller)
    {
        var reach = CaseReach.Of(caller);
        return receipts.Where(r => EF.Functions.Like(r.HandlingDivision, reach.SubtreePattern)
            || EF.Functions.Like(r.SubmittedAtDivision, reach.SubtreePattern)
            || r.HandlingOrgUnitId == reach.OrgUnitId || r.SubmittedAtOrgUnitId == reach.OrgUnitId
            || departments.Any(d => d.CaseId == r.CaseId && d.DepartmentId == reach.DepartmentId));
    }

    /// <summary>Alarms belong to the subtree of the unit handling the case.</summary>
    public static IQueryable<Alarm> VisibleTo(this IQueryable<Alarm> alarms, CallerContext caller)
    {
        if (!caller.IsStaff || caller.Division is null) return alarms.Where(_ => false);
        var pattern = caller.SubtreePattern;
        return alarms.Where(a => EF.Functions.Like(a.HandlingDivision, pattern));
    }

    /// <summary>Orders are read by whoever can see the unit ordered, but for department reviewers: an order is the
    /// unit's to answer, not a department's.</summary>
    public static IQueryable<SupervisionOrder> VisibleTo(this IQueryable<SupervisionOrder> orders, CallerContext caller)
    {
        if (!caller.IsStaff || caller.Division is null || CaseReach.ReviewsOnly(caller)) return orders.Where(_ => false);
        var pattern = caller.SubtreePattern;
        return orders.Where(o => EF.Functions.Like(o.TargetDivision, pattern));
    }

    /// <summary>督办 and rule-writing: supervisors and centre/tier admins, within their subtree.</summary>
    public static bool MaySupervise(CallerContext caller) =>
        caller.Division is not null && (caller.Has(Roles.Supervisor) || caller.Has(Roles.CentreAdmin) || caller.Has(Roles.TierAdmin));

    public static bool MayWriteRules(CallerContext caller) => MaySupervise(caller);

    /// <summary>Figures and alerts belong to whoever handles the case.</summary>
    public static IQueryable<SupervisedCase> HandledWithin(this IQueryable<SupervisedCase> cases, string subtreePattern) =>
        cases.Where(c => EF.Functions.Like(c.HandlingDivision, subtreePattern));
}
