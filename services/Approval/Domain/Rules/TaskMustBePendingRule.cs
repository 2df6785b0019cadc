using Linkage.Kernel.Rules;

namespace Linkage.Approval.Domain.Rules;

/// <summary>A department decides once: a closed task takes no second decision (409 at the API).</summary>
public sealed class TaskMustBePendingRule(ReviewTask task) : IBusinessRule
{
    public string Field => "decision";

    public string Message => $"Task {task.Id} was decided already ({task.Status.ToString().ToLowerInvariant()}).";

    public bool IsBroken() => !task.IsPending;
}
