using Linkage.Kernel;

namespace Linkage.Catalog.Domain.Rules;

/// <summary>What org units, departments and windows must satisfy on their own (references are checked by the writer).</summary>
public static class DirectoryRules
{
    public static IEnumerable<IBusinessRule> For(OrgUnitDraft d, DivisionLevel level)
    {
        yield return new CodeLengthRule("id", d.Id, ImplementationRules.IdMaxLength);
        yield return new RequiredTextRule("name", d.Name);
        yield return new MaxLengthRule("name", d.Name, 200);
        yield return new KindFitsLevelRule("kind", d.Kind, level);
        if (d.CreditCode is not null) yield return new CreditCodeRule("creditCode", d.CreditCode);
        yield return new RequiredTextRule("address", d.Address);
        yield return new MaxLengthRule("address", d.Address, 300);
        foreach (var rule in Hours("hours", d.Hours)) yield return rule;
        yield return new MaxLengthRule("phone", d.Phone, 40);
    }

    public static IEnumerable<IBusinessRule> Hours(string field, string? hours)
    {
        yield return new RequiredTextRule(field, hours);
        yield return new MaxLengthRule(field, hours, 200);
    }

    public static IEnumerable<IBusinessRule> For(string id, string name, string creditCode)
    {
        yield return new CodeLengthRule("id", id, ImplementationRules.IdMaxLength);
        yield return new RequiredTextRule("name", name);
        yield return new MaxLengthRule("name", name, 200);
        yield return new CreditCodeRule("creditCode", creditCode);
    }

    /// <summary>Windows are numbered once each and serve departments stationed at the unit.</summary>
    public static IEnumerable<IBusinessRule> Windows(IReadOnlyList<ServiceWindow> windows, IReadOnlySet<string> departments)
    {
        for (var i = 0; i < windows.Count; i++)
        {
            yield return new CodeLengthRule($"windows[{i}].number", windows[i].Number, 16);
            yield return new RequiredTextRule($"windows[{i}].name", windows[i].Name);
            yield return new MaxLengthRule($"windows[{i}].name", windows[i].Name, 100);
            yield return new StationedHereRule($"windows[{i}].departmentIds", windows[i].DepartmentIds, departments);
        }
        yield return new CodesAreUniqueRule("windows", windows.Select(w => w.Number).ToList());
    }
}

/// <summary>A window serves only departments stationed at its own org unit.</summary>
public sealed class StationedHereRule(string fieldPath, IReadOnlyList<string> ids, IReadOnlySet<string> stationed) : IBusinessRule
{
    public string Field => fieldPath;

    public string Message => $"Not stationed at this org unit: {string.Join(", ", ids.Where(i => !stationed.Contains(i)))}.";

    public bool IsBroken() => ids.Any(i => !stationed.Contains(i));
}
