namespace Linkage.Approval.Domain.Rules;

/// <summary>No department of the plan is still reviewing.</summary>
public sealed class AllDepartmentsDecidedRule
{
    public bool IsSatisfiedBy(IReadOnlyCollection<ReviewTask> tasks) => tasks.Count > 0 && tasks.All(t => !t.IsPending);
}
