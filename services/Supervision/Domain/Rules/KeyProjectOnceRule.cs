using Linkage.Kernel.Rules;

namespace Linkage.Supervision.Domain.Rules;

/// <summary>A case is marked a key project once.</summary>
public sealed class KeyProjectOnceRule(SupervisedCase @case) : IBusinessRule
{
    public string Field => "caseId";

    public string Message => "The case is a key project already.";

    public bool IsBroken() => @case.IsKeyProject;
}
