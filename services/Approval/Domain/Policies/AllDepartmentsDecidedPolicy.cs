namespace Linkage.Approval.Domain.Policies;

/// <summary>No department of the plan is still reviewing.</summary>
public sealed class AllDepartmentsDecidedPolicy
{
    public bool IsSatisfiedBy(IReadOnlyCollection<ReviewTask> tasks) => tasks.Count > 0 && tasks.All(t => !t.IsPending);
}
