using Linkage.Catalog.Domain;

namespace Linkage.Catalog.Features.CreateOrgUnit;

/// <summary>A service centre, town convenience centre or village station at a region of the caller's subtree.</summary>
public sealed record CreateOrgUnitRequest(
    string? Id, string? Name, OrgUnitKind? Kind, string? DivisionCode, string? CreditCode, string? Address, string? Hours,
    string? Phone)
{
    public OrgUnitDraft ToDraft() => new(Id ?? "", Name?.Trim() ?? "", Kind ?? OrgUnitKind.Centre, DivisionCode ?? "",
        string.IsNullOrWhiteSpace(CreditCode) ? null : CreditCode.Trim().ToUpperInvariant(), Address?.Trim() ?? "",
        Hours?.Trim() ?? "", string.IsNullOrWhiteSpace(Phone) ? null : Phone.Trim(), []);
}
