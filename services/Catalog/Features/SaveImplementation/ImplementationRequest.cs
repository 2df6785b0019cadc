using Linkage.Catalog.Domain;
using Linkage.Catalog.Domain.Rules;
using Linkage.Catalog.Features.PublishMatter;
using Linkage.Kernel;

namespace Linkage.Catalog.Features.SaveImplementation;

/// <summary>An implementation entry as a tier admin writes it; any term left out is inherited.</summary>
public sealed record ImplementationRequest(
    string? MatterCode, string? OrgUnitId, DateOnly? EffectiveFrom, string? InheritsFrom, CaseKind? CaseKind,
    LimitInput? LegalLimit, LimitInput? CommittedLimit, int? Trips, IReadOnlyList<Material>? Materials,
    IReadOnlyList<ReviewDepartment>? Departments, bool? ProxyAllowed, IReadOnlyList<Fee>? Fees, string? Hours, Licence? Licence,
    IReadOnlyList<string>? Locks)
{
    public IEnumerable<IBusinessRule> InputRules()
    {
        yield return new AtLeastRule("legalLimit.amount", LegalLimit?.Amount ?? 0, 0);
        yield return new AtLeastRule("committedLimit.amount", CommittedLimit?.Amount ?? 0, 0);
    }

    public EntryCommand ToCommand(string code) => new(code, MatterCode, OrgUnitId, EffectiveFrom, InheritsFrom,
        new EntryTerms(CaseKind, Limit(LegalLimit), Limit(CommittedLimit), Trips, Materials, Departments, ProxyAllowed, Fees,
            string.IsNullOrWhiteSpace(Hours) ? null : Hours.Trim(), Licence),
        Locks);

    private static HandlingTimeLimit? Limit(LimitInput? input) =>
        input is null ? null : new(input.Amount, Enum.IsDefined(input.Unit) ? input.Unit : TimeLimitUnit.WorkingDays);
}
