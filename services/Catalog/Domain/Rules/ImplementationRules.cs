namespace Linkage.Catalog.Domain.Rules;

/// <summary>Every rule an implementation entry must satisfy on its own (references are checked by the writer).</summary>
public static class ImplementationRules
{
    public const int IdMaxLength = 64;

    public static IEnumerable<IBusinessRule> For(ImplementationDraft d)
    {
        yield return new CodeLengthRule("code", d.Code, BasicCode.ImplementationMaxLength);
        yield return new AtLeastRule("version", d.Version, 1);
        yield return new CodeLengthRule("matterCode", d.MatterCode, BasicCode.MaxLength);
        yield return new CodeLengthRule("orgUnitId", d.OrgUnitId, IdMaxLength);
        yield return new CommittedCaseNeedsALimitRule("committedLimit.amount", d.CaseKind, d.CommittedLimit);
        yield return new CommittedLimitWithinLegalLimitRule("committedLimit", d.LegalLimit, d.CommittedLimit);
        yield return new AtLeastRule("trips", d.Trips, 0);
        foreach (var rule in MaterialRules(d.Materials)) yield return rule;
        foreach (var rule in DepartmentRules(d)) yield return rule;
        foreach (var rule in LicenceRules.For(d.Licence)) yield return rule;
    }

    private static IEnumerable<IBusinessRule> MaterialRules(IReadOnlyList<Material> materials)
    {
        for (var i = 0; i < materials.Count; i++)
        {
            yield return new CodeLengthRule($"materials[{i}].code", materials[i].Code, IdMaxLength);
            yield return new RequiredTextRule($"materials[{i}].name", materials[i].Name);
        }
        yield return new CodesAreUniqueRule("materials", materials.Select(m => m.Code).ToList());
    }

    private static IEnumerable<IBusinessRule> DepartmentRules(ImplementationDraft d)
    {
        yield return new CommittedCaseNeedsReviewersRule("departments", d.CaseKind, d.Departments.Count);
        for (var i = 0; i < d.Departments.Count; i++)
        {
            yield return new CodeLengthRule($"departments[{i}].departmentId", d.Departments[i].DepartmentId, IdMaxLength);
            yield return new ReviewWithinCommittedLimitRule($"departments[{i}].limitWorkingDays", d.Departments[i].LimitWorkingDays, d.CommittedLimit);
        }
        yield return new CodesAreUniqueRule("departments", d.Departments.Select(x => x.DepartmentId).ToList());
    }
}
