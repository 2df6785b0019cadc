using Linkage.Kernel.Rules;

namespace Linkage.Supervision.Domain.Rules;

/// <summary>绿色通道 is for a case still being handled.</summary>
public sealed class KeyProjectMustBeOpenRule(SupervisedCase @case) : IBusinessRule
{
    public string Field => "caseId";

    public string Message => "The case is completed.";

    public bool IsBroken() => @case.Status != SupervisedCaseStatus.Open;
}
