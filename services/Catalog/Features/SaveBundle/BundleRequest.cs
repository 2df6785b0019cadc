using Linkage.Catalog.Domain;
using Linkage.Catalog.Domain.Rules;
using Linkage.Catalog.Features.PublishMatter;

namespace Linkage.Catalog.Features.SaveBundle;

/// <summary>A bundle as a tier admin writes it: the first write of a code is version 1, each later one the next
/// version (org unit fixed by the first).</summary>
public sealed record BundleRequest(
    string? Code, string? Name, string? OrgUnitId, DateOnly? EffectiveFrom, LimitInput? CommittedLimit,
    IReadOnlyList<BundleLegInput>? Legs, Licence? MergedLicence, IReadOnlyList<string>? Keywords)
{
    public IEnumerable<IBusinessRule> InputRules()
    {
        yield return new CodeLengthRule("code", Code, BasicCode.ImplementationMaxLength);
        yield return new PresentRule("committedLimit", CommittedLimit is not null);
        yield return new AtLeastRule("committedLimit.amount", CommittedLimit?.Amount ?? 0, 0);
        yield return new PresentRule("committedLimit.unit", CommittedLimit is null || Enum.IsDefined(CommittedLimit.Unit));
    }

    public IReadOnlyList<string> LegCodes => (Legs ?? []).Select(l => l?.ImplementationCode?.Trim() ?? "").ToList();
}

public sealed record BundleLegInput(string? ImplementationCode);
