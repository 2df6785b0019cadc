namespace Linkage.Approval.Domain.Rules;

/// <summary>One stop at a time: a case whose clock stands still takes no second stop, and the department that
/// stopped it decides only after the clock runs again.</summary>
public sealed class ClockMustRunRule(ReviewCase @case)
{
    public bool IsSatisfied => @case.ClockStoppedOn is null;

    public bool BlocksDecisionOn(ReviewTask task) => !IsSatisfied && @case.ClockStoppedByTaskId == task.Id;
}
