using Linkage.Kernel.Rules;

namespace Linkage.Approval.Domain.Rules;

/// <summary>A rejection must say why (行政许可法 Art. 38: a refusal gives its reasons).</summary>
public sealed class RejectionNeedsReasonRule(ReviewDecision decision, string? reason) : IBusinessRule
{
    public string Field => "reason";

    public string Message => "A rejection must give its reason.";

    public bool IsBroken() => decision == ReviewDecision.Reject && string.IsNullOrWhiteSpace(reason);
}
