namespace Linkage.Supervision.Features.Stats;

/// <summary>Least privilege over the daily counters, which know the handling unit but not the case: supervisors and
/// admins read their subtree's, window clerks and village agents only their own unit's (<c>OrgUnit</c>), and anyone
/// else — reviewers, whose reach is their department's cases — none (null: 404).</summary>
public sealed record CounterReach(string? OrgUnit)
{
    public static CounterReach? Of(CallerContext caller)
    {
        var reach = CaseReach.Of(caller);
        if (reach.SubtreePattern != CaseReach.Nothing) return new CounterReach((string?)null);
        return reach.OrgUnitId != CaseReach.Nothing ? new CounterReach(reach.OrgUnitId) : null;
    }
}
