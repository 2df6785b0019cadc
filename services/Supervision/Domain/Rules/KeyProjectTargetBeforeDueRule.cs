using Linkage.Kernel.Rules;

namespace Linkage.Supervision.Domain.Rules;

/// <summary>A key project's internal target is shorter than the law's: it falls before the legal due date.</summary>
public sealed class KeyProjectTargetBeforeDueRule(SupervisedCase @case, DateOnly? target) : IBusinessRule
{
    public string Field => "internalWorkingDays";

    public string Message => $"A target before the legal due date {@case.DueDate:yyyy-MM-dd}.";

    public bool IsBroken() => target is not { } t || t >= @case.DueDate;
}
