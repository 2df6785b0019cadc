using Linkage.Kernel;

namespace Linkage.Catalog.Domain.Rules;

/// <summary>Departments review in parallel (并联审批) inside the committed limit: no department's own limit is longer.
/// Checked when the committed limit is in working days, the unit department limits use.</summary>
public sealed class ReviewWithinCommittedLimitRule(string fieldPath, int limitWorkingDays, HandlingTimeLimit committed) : IBusinessRule
{
    public string Field => fieldPath;

    public string Message => $"A department's limit must be 0 (the case's limit) to {committed.Amount} working days.";

    public bool IsBroken() =>
        limitWorkingDays < 0 || (committed.Unit == TimeLimitUnit.WorkingDays && limitWorkingDays > committed.Amount);
}
