using Linkage.Catalog.Domain;
using Linkage.Catalog.Domain.Rules;
using Linkage.Kernel;

namespace Linkage.Catalog.Features.PublishMatter;

/// <summary>A matter as the province publishes it, or the next version of one (code, name and type then come from
/// the route and the stored matter; name and keywords may change).</summary>
public sealed record MatterRequest(
    string? Code, string? Name, MatterType? Type, IReadOnlyList<string>? Keywords, DateOnly? EffectiveFrom, string? LegalBasis,
    IReadOnlyList<DivisionLevel>? HandlingLevels, string? AcceptanceConditions, IReadOnlyList<CatalogueMaterial>? Materials,
    LimitInput? LegalLimit, LimitInput? CommittedLimit, CaseKind? CaseKind, int? Trips, IReadOnlyList<Fee>? Fees,
    IReadOnlyList<ProcessStep>? Steps, string? ConsultationPhone, string? ComplaintPhone, string? SupervisingBody,
    OnlineDepth? OnlineDepth)
{
    /// <summary>Fields that must be present before the version can be built at all.</summary>
    public IEnumerable<IBusinessRule> InputRules()
    {
        yield return new PresentRule("effectiveFrom", EffectiveFrom is not null);
        yield return new PresentRule("caseKind", CaseKind is not null);
        yield return new PresentRule("legalLimit", LegalLimit is not null);
        yield return new PresentRule("committedLimit", CommittedLimit is not null);
        yield return new AtLeastRule("legalLimit.amount", LegalLimit?.Amount ?? 0, 0);
        yield return new AtLeastRule("committedLimit.amount", CommittedLimit?.Amount ?? 0, 0);
        yield return new RequiredTextRule("name", Name);
        yield return new MaxLengthRule("name", Name, 200);
    }

    public MatterVersion ToVersion(int version) => new(version, EffectiveFrom ?? default, LegalBasis?.Trim() ?? "", new MatterDetails(
        HandlingLevels ?? [], AcceptanceConditions?.Trim() ?? "", Materials ?? [], Limit(LegalLimit), Limit(CommittedLimit),
        CaseKind ?? Domain.CaseKind.Committed, Trips ?? 1, Fees ?? [], Steps ?? [], ConsultationPhone, ComplaintPhone,
        SupervisingBody, OnlineDepth ?? Domain.OnlineDepth.Offline));

    public IReadOnlyList<string> KeywordList => (Keywords ?? []).Where(k => !string.IsNullOrWhiteSpace(k)).Select(k => k.Trim()).ToList();

    private static HandlingTimeLimit Limit(LimitInput? input) =>
        new(Math.Max(0, input?.Amount ?? 0), input is { Unit: var u } && Enum.IsDefined(u) ? u : TimeLimitUnit.WorkingDays);
}

/// <summary>A time limit as sent: checked before it becomes a Kernel <see cref="HandlingTimeLimit"/>.</summary>
public sealed record LimitInput(int Amount, TimeLimitUnit Unit);

internal sealed class PresentRule(string fieldPath, bool present) : IBusinessRule
{
    public string Field => fieldPath;

    public string Message => "A value is required.";

    public bool IsBroken() => !present;
}
