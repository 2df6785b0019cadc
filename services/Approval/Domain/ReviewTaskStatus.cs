namespace Linkage.Approval.Domain;

/// <summary>One department's decision state in the plan. A task waiting on a supplement or a special procedure is
/// still pending: the stop is on the case's clock (<c>ReviewCase.ClockStoppedOn</c>, 行政许可法 Art. 45), not here.</summary>
public enum ReviewTaskStatus
{
    Pending,
    Approved,
    Rejected,
}
