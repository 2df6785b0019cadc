using Linkage.Kernel;

namespace Linkage.Catalog.Domain.Rules;

/// <summary>A committed case (承诺件) promises a pickup date, so its committed limit is at least one day; an instant
/// case (即办件) may commit to 0 (decided on the spot).</summary>
public sealed class CommittedCaseNeedsALimitRule(string fieldPath, CaseKind kind, HandlingTimeLimit committed) : IBusinessRule
{
    public string Field => fieldPath;

    public string Message => kind == CaseKind.Committed
        ? "A committed case needs a committed limit of at least 1 day."
        : "Must be at least 0.";

    public bool IsBroken() => committed.Amount < (kind == CaseKind.Committed ? 1 : 0);
}
