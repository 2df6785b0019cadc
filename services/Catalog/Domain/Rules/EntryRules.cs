namespace Linkage.Catalog.Domain.Rules;

/// <summary>What a written entry must satisfy beyond <see cref="ImplementationRules"/>: known lock names, reviewing
/// departments stationed at the unit or above it, exactly one sign-off department for a committed case.</summary>
public static class EntryRules
{
    public static IEnumerable<IBusinessRule> For(ImplementationDraft d, IReadOnlySet<string> reachableDepartments)
    {
        for (var i = 0; i < d.Locks.Count; i++)
            yield return new OneOfRule($"locks[{i}]", d.Locks[i], EntryTerms.Fields);
        for (var i = 0; i < d.Departments.Count; i++)
            yield return new StationedHereRule($"departments[{i}].departmentId", [d.Departments[i].DepartmentId], reachableDepartments);
        yield return new OneSignsOffRule("departments", d.CaseKind, d.Departments);
        yield return new MaxLengthRule("hours", d.Hours, 200);
    }
}

public sealed class OneOfRule(string fieldPath, string value, IReadOnlyList<string> allowed) : IBusinessRule
{
    public string Field => fieldPath;

    public string Message => $"One of: {string.Join(", ", allowed)}.";

    public bool IsBroken() => !allowed.Contains(value);
}

/// <summary>Parallel review ends with one signature (首席代表): a committed case names exactly one sign-off department.</summary>
public sealed class OneSignsOffRule(string fieldPath, CaseKind kind, IReadOnlyList<ReviewDepartment> departments) : IBusinessRule
{
    public string Field => fieldPath;

    public string Message => "Exactly one reviewing department signs the decision off.";

    public bool IsBroken() => kind == CaseKind.Committed && departments.Count > 0 && departments.Count(d => d.SignsOff) != 1;
}
