namespace Linkage.Approval.Domain.Policies;

/// <summary>N-of-M joint review (联合审查): at least N departments approved. N = 0 means no quorum is set
/// (every department must approve, see AllDepartmentsApprovedPolicy).</summary>
public sealed class QuorumApprovedPolicy(int quorum)
{
    public bool IsSatisfiedBy(IReadOnlyCollection<ReviewTask> tasks) =>
        quorum > 0 && tasks.Count(t => t.Status == ReviewTaskStatus.Approved) >= quorum;
}
