using Linkage.Kernel.Rules;

namespace Linkage.Fees.Domain.Rules;

/// <summary>A reduction (减征) takes off between 1 and 99 percent; 100 is an exemption.</summary>
public sealed class ReductionPercentRule(ReliefKind? kind, int? percent) : IBusinessRule
{
    public string Field => "percent";
    public string Message => "A reduction takes off 1 to 99 percent (an exemption takes off everything).";
    public bool IsBroken() => kind == ReliefKind.Reduction && percent is not (>= 1 and <= 99);
}
