using Linkage.Catalog.Domain;

namespace Linkage.Catalog.Features.GetOrgUnit;

public sealed record OrgUnitView(
    string Id, string Name, OrgUnitKind Kind, string DivisionCode, string? CreditCode, string Address, string Hours,
    string? Phone, IReadOnlyList<DepartmentView> Departments, IReadOnlyList<WindowView> Windows);

/// <summary>进驻部门, with the credit code of the agency it represents.</summary>
public sealed record DepartmentView(string Id, string Name, string CreditCode);

public sealed record WindowView(string Number, string Name, IReadOnlyList<string> DepartmentIds);
