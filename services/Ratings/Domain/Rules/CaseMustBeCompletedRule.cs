using Linkage.Kernel.Rules;

namespace Linkage.Ratings.Domain.Rules;

/// <summary>Only a finished case (办结) can be rated or invited to be.</summary>
public sealed class CaseMustBeCompletedRule(RateableCase @case) : IBusinessRule
{
    public string Field => "caseId";

    public string Message => "The case is not completed yet; it can be rated once it is.";

    public bool IsBroken() => !@case.Completed;
}
