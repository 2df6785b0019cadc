namespace Linkage.Approval.Domain.Policies;

/// <summary>Every department of the plan approved; an empty plan approves nothing.</summary>
public sealed class AllDepartmentsApprovedPolicy
{
    public bool IsSatisfiedBy(IReadOnlyCollection<ReviewTask> tasks) =>
        tasks.Count > 0 && tasks.All(t => t.Status == ReviewTaskStatus.Approved);
}
