using Linkage.Kernel;

namespace Linkage.Catalog.Domain.Rules;

/// <summary>What a new version of a matter must satisfy, given the versions before it and today's date.</summary>
public static class MatterRules
{
    public static IEnumerable<IBusinessRule> For(MatterVersion next, MatterVersion? latest, DateOnly today)
    {
        yield return new RequiredTextRule("legalBasis", next.LegalBasis);
        yield return new MaxLengthRule("legalBasis", next.LegalBasis, 2000);
        yield return new EffectiveDateRule("effectiveFrom", next.EffectiveFrom, latest?.EffectiveFrom, today);
        if (next.Details is not { } d) yield break;
        yield return new AtLeastRule("handlingLevels", d.HandlingLevels.Count, 1);
        yield return new MaxLengthRule("acceptanceConditions", d.AcceptanceConditions, 4000);
        yield return new CommittedCaseNeedsALimitRule("committedLimit.amount", d.CaseKind, d.CommittedLimit);
        yield return new CommittedLimitWithinLegalLimitRule("committedLimit", d.LegalLimit, d.CommittedLimit);
        yield return new AtLeastRule("trips", d.Trips, 0);
        for (var i = 0; i < d.Materials.Count; i++)
        {
            yield return new CodeLengthRule($"materials[{i}].code", d.Materials[i].Code, ImplementationRules.IdMaxLength);
            yield return new RequiredTextRule($"materials[{i}].name", d.Materials[i].Name);
            yield return new AtLeastRule($"materials[{i}].originals", d.Materials[i].Originals, 0);
            yield return new AtLeastRule($"materials[{i}].copies", d.Materials[i].Copies, 0);
        }
        yield return new CodesAreUniqueRule("materials", d.Materials.Select(m => m.Code).ToList());
        for (var i = 0; i < d.Fees.Count; i++)
        {
            yield return new RequiredTextRule($"fees[{i}].item", d.Fees[i].Item);
            yield return new RequiredTextRule($"fees[{i}].basis", d.Fees[i].Basis);
            yield return new AtLeastRule($"fees[{i}].amountYuan", d.Fees[i].AmountYuan < 0 ? -1 : 0, 0);
        }
        for (var i = 0; i < d.Steps.Count; i++) yield return new RequiredTextRule($"steps[{i}].name", d.Steps[i].Name);
        yield return new MaxLengthRule("consultationPhone", d.ConsultationPhone, 40);
        yield return new MaxLengthRule("complaintPhone", d.ComplaintPhone, 40);
    }
}

/// <summary>A new version takes effect today or later, and not before the latest one: history is never rewritten,
/// and a case keeps the version it was accepted under.</summary>
public sealed class EffectiveDateRule(string fieldPath, DateOnly effectiveFrom, DateOnly? latest, DateOnly today) : IBusinessRule
{
    public string Field => fieldPath;

    public string Message => $"A new version takes effect on or after {Earliest:yyyy-MM-dd}.";

    public bool IsBroken() => effectiveFrom < Earliest;

    private DateOnly Earliest => latest is { } l && l > today ? l : today;
}
