using Linkage.Kernel.Rules;

namespace Linkage.Approval.Domain.Rules;

/// <summary>One stop at a time: a case whose clock stands still takes no second stop, and the department that
/// stopped it decides only after the clock runs again.</summary>
public sealed class ClockMustRunRule(ReviewCase @case) : IBusinessRule
{
    public string Field => "action";

    public string Message => $"The clock of case {@case.CaseNumber} is stopped already.";

    public bool IsBroken() => @case.ClockStoppedOn is not null;

    public bool BlocksDecisionOn(ReviewTask task) => IsBroken() && @case.ClockStoppedByTaskId == task.Id;
}
