using Linkage.Kernel;

namespace Linkage.Catalog.Domain.Rules;

/// <summary>What a bundle version must satisfy on its own (its legs are checked against the catalogue by
/// <see cref="BundleLegRules"/>).</summary>
public static class BundleRules
{
    public const int MinimumLegs = 2;

    public static IEnumerable<IBusinessRule> For(BundleDraft d)
    {
        yield return new CodeLengthRule("code", d.Code, BasicCode.ImplementationMaxLength);
        yield return new AtLeastRule("version", d.Version, 1);
        yield return new RequiredTextRule("name", d.Name);
        yield return new MaxLengthRule("name", d.Name, 200);
        yield return new CodeLengthRule("orgUnitId", d.OrgUnitId, ImplementationRules.IdMaxLength);
        yield return new AtLeastRule("committedLimit.amount", d.CommittedLimit.Amount, 1);
        yield return new WorkingDaysRule("committedLimit.unit", d.CommittedLimit);
        yield return new AtLeastRule("legs", d.Legs.Count, MinimumLegs);
        for (var i = 0; i < d.Legs.Count; i++)
        {
            yield return new CodeLengthRule($"legs[{i}].implementationCode", d.Legs[i], BasicCode.ImplementationMaxLength);
            yield return new NamedOnceRule($"legs[{i}].implementationCode", d.Legs.Take(i).Contains(d.Legs[i]));
        }
        for (var i = 0; i < d.Keywords.Count; i++) yield return new RequiredTextRule($"keywords[{i}]", d.Keywords[i]);
        foreach (var rule in LicenceRules.For(d.MergedLicence, "mergedLicence")) yield return rule;
    }
}

/// <summary>A bundle's combined limit is counted on the working-day calendar (decision 0180).</summary>
public sealed class WorkingDaysRule(string fieldPath, HandlingTimeLimit limit) : IBusinessRule
{
    public string Field => fieldPath;

    public string Message => "A bundle's combined limit is given in working days.";

    public bool IsBroken() => limit.Unit != TimeLimitUnit.WorkingDays;
}

public sealed class NamedOnceRule(string fieldPath, bool repeated) : IBusinessRule
{
    public string Field => fieldPath;

    public string Message => "Already named by an earlier leg.";

    public bool IsBroken() => repeated;
}
