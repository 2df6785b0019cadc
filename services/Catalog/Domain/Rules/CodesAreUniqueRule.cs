namespace Linkage.Catalog.Domain.Rules;

/// <summary>A list keyed by code (materials, departments) names each code once.</summary>
public sealed class CodesAreUniqueRule(string fieldPath, IReadOnlyList<string> codes) : IBusinessRule
{
    public string Field => fieldPath;

    public string Message =>
        $"Each code may appear once; repeated: {string.Join(", ", codes.GroupBy(c => c).Where(g => g.Count() > 1).Select(g => g.Key))}.";

    public bool IsBroken() => codes.Distinct(StringComparer.Ordinal).Count() != codes.Count;
}
