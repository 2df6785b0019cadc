namespace Linkage.Catalog.Features.Shared;

/// <summary>Broken business rules as one 422 answer naming every field.</summary>
public static class RuleProblems
{
    public static FieldErrors ToErrors(IEnumerable<IBusinessRule> broken) => new FieldErrors().Check(broken);

    public static InvalidRequest Invalid(BusinessRuleException exception) => Problems.Invalid(ToErrors(exception.Broken));

    /// <summary>Null when every rule holds, else the 422 answer.</summary>
    public static InvalidRequest? Check(params IEnumerable<IBusinessRule> rules)
    {
        var broken = rules.Where(r => r.IsBroken()).ToList();
        return broken.Count == 0 ? null : Problems.Invalid(ToErrors(broken));
    }
}
