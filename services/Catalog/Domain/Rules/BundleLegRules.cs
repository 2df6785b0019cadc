namespace Linkage.Catalog.Domain.Rules;

/// <summary>A bundle's legs against the catalogue: each an active entry in force at the bundle's centre, each a
/// different matter, at least two departments signing off, and a combined limit no shorter than the slowest leg and
/// no longer than all legs one after another (decision 0180). <paramref name="entries"/> holds, per leg, the entry
/// found (null when none).</summary>
public static class BundleLegRules
{
    public static IEnumerable<IBusinessRule> For(BundleDraft d, IReadOnlyList<Implementation?> entries)
    {
        for (var i = 0; i < entries.Count; i++)
        {
            var field = $"legs[{i}].implementationCode";
            yield return new LegFoundRule(field, d.Legs[i], entries[i]);
            var matter = entries[i]?.MatterCode;
            yield return new LegOwnMatterRule(field, matter is not null && entries.Take(i).Any(e => e?.MatterCode == matter));
        }
        var found = entries.OfType<Implementation>().ToList();
        if (found.Count < BundleRules.MinimumLegs) yield break;
        yield return new SeveralDepartmentsRule("legs", found);
        yield return new CombinedLimitRule("committedLimit.amount", d.CommittedLimit.Amount, found);
    }
}

public sealed class LegFoundRule(string fieldPath, string code, Implementation? entry) : IBusinessRule
{
    public string Field => fieldPath;

    public string Message => $"No active implementation entry {code} of the bundle's org unit is in force.";

    public bool IsBroken() => entry is null;
}

public sealed class LegOwnMatterRule(string fieldPath, bool repeated) : IBusinessRule
{
    public string Field => fieldPath;

    public string Message => "Another leg already implements this matter; each leg is a different matter.";

    public bool IsBroken() => repeated;
}

/// <summary>A bundle joins departments (跨部门): the legs' sign-off departments are at least two.</summary>
public sealed class SeveralDepartmentsRule(string fieldPath, IReadOnlyList<Implementation> legs) : IBusinessRule
{
    public string Field => fieldPath;

    public string Message => "The legs must be signed off by at least two different departments.";

    public bool IsBroken() => legs.Select(SignOff).OfType<string>().Distinct().Count() < BundleRules.MinimumLegs;

    public static string? SignOff(Implementation leg) =>
        leg.Departments.FirstOrDefault(d => d.SignsOff)?.DepartmentId ?? leg.Departments.FirstOrDefault()?.DepartmentId;
}

/// <summary>Longest leg ≤ combined ≤ sum of legs, in days (a leg kept in calendar days counts its amount).</summary>
public sealed class CombinedLimitRule(string fieldPath, int combined, IReadOnlyList<Implementation> legs) : IBusinessRule
{
    public string Field => fieldPath;

    public string Message => $"Must be from {Longest} (the slowest leg) to {Sum} (all legs one after another).";

    public bool IsBroken() => combined < Longest || combined > Sum;

    private int Longest => legs.Max(l => l.CommittedLimit.Amount);

    private int Sum => legs.Sum(l => l.CommittedLimit.Amount);
}
