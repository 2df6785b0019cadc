namespace Linkage.Approval.Domain;

/// <summary>One department's state in the plan. Supplement requests, special procedures and extensions
/// (clock stops, 行政许可法 Art. 45) join this list in a later step.</summary>
public enum ReviewTaskStatus
{
    Pending,
    Approved,
    Rejected,
}
