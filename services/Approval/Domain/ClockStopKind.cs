namespace Linkage.Approval.Domain;

/// <summary>Why a case's clock stands still (行政许可法 Art. 45 and the wait for a supplement).</summary>
public enum ClockStopKind
{
    Supplement,
    Hearing,
    Testing,
    ExpertReview,
}
