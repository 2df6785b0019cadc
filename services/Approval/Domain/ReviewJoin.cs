using Linkage.Approval.Domain.Policies;

namespace Linkage.Approval.Domain;

/// <summary>The join of parallel review (并联审批), decided from the task rows, never from a counter:
/// the case concludes when the last department decides; approved if all approved (N-of-M: at least N), otherwise
/// rejected with the reasons of every department that rejected (一次性告知: all objections at once).</summary>
public static class ReviewJoin
{
    public static JoinOutcome Evaluate(IReadOnlyCollection<ReviewTask> tasks, int quorum = 0)
    {
        if (!new AllDepartmentsDecidedPolicy().IsSatisfiedBy(tasks)) return new JoinOutcome.Waiting();
        if (new AllDepartmentsApprovedPolicy().IsSatisfiedBy(tasks)) return new JoinOutcome.Approved();
        if (new QuorumApprovedPolicy(quorum).IsSatisfiedBy(tasks)) return new JoinOutcome.Approved();
        return new JoinOutcome.Rejected(tasks
            .Where(t => t.Status == ReviewTaskStatus.Rejected)
            .OrderBy(t => t.DepartmentId, StringComparer.Ordinal)
            .Select(t => new RejectionReason(t.DepartmentId, t.Reason ?? "", t.LegalBasis, t.LegCode))
            .ToList());
    }

    /// <summary>A one-thing case: every leg joins by its own rule on its own rows; the case waits while any leg
    /// waits, is approved when every leg is, and is otherwise rejected with the reasons of every department that
    /// rejected, leg by leg.</summary>
    public static JoinOutcome EvaluateLegs(IReadOnlyCollection<ReviewTask> tasks, IReadOnlyList<ReviewLeg> legs)
    {
        var joins = legs.Select(l => Evaluate(tasks.Where(t => t.LegCode == l.ImplementationCode).ToList(), l.Quorum)).ToList();
        if (joins.Any(j => j is JoinOutcome.Waiting)) return new JoinOutcome.Waiting();
        if (joins.All(j => j is JoinOutcome.Approved)) return new JoinOutcome.Approved();
        return new JoinOutcome.Rejected(tasks
            .Where(t => t.Status == ReviewTaskStatus.Rejected)
            .OrderBy(t => t.LegCode, StringComparer.Ordinal).ThenBy(t => t.DepartmentId, StringComparer.Ordinal)
            .Select(t => new RejectionReason(t.DepartmentId, t.Reason ?? "", t.LegalBasis, t.LegCode))
            .ToList());
    }
}
