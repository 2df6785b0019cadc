namespace Linkage.Approval.Domain.Rules;

/// <summary>A department decides once: a closed task takes no second decision (409 at the API).</summary>
public sealed class TaskMustBePendingRule(ReviewTask task)
{
    public bool IsSatisfied => task.IsPending;
}
