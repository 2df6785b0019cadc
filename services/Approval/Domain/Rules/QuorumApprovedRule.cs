namespace Linkage.Approval.Domain.Rules;

/// <summary>N-of-M joint review (联合审查): at least N departments approved. N = 0 means no quorum is set
/// (every department must approve, see AllDepartmentsApprovedRule).</summary>
public sealed class QuorumApprovedRule(int quorum)
{
    public bool IsSatisfiedBy(IReadOnlyCollection<ReviewTask> tasks) =>
        quorum > 0 && tasks.Count(t => t.Status == ReviewTaskStatus.Approved) >= quorum;
}
