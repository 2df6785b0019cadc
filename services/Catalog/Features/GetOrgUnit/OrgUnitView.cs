using Linkage.Catalog.Domain;
using Linkage.Catalog.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Catalog.Features.GetOrgUnit;

public sealed record OrgUnitView(
    string Id, string Name, OrgUnitKind Kind, string DivisionCode, string? CreditCode, string Address, string Hours,
    string? Phone, IReadOnlyList<DepartmentView> Departments, IReadOnlyList<WindowView> Windows)
{
    public static OrgUnitView From(OrgUnit unit, IReadOnlyList<DepartmentView> departments) => new(
        unit.Id, unit.Name, unit.Kind, unit.DivisionCode, unit.CreditCode, unit.Address, unit.Hours, unit.Phone, departments,
        unit.Windows.Select(w => new WindowView(w.Number, w.Name, w.DepartmentIds)).ToList());
}

/// <summary>进驻部门, with the credit code of the agency it represents.</summary>
public sealed record DepartmentView(string Id, string Name, string CreditCode)
{
    public static DepartmentView From(Department d) => new(d.Id, d.Name, d.CreditCode);
}

public sealed record WindowView(string Number, string Name, IReadOnlyList<string> DepartmentIds);

public static class OrgUnitViews
{
    /// <summary>The unit as the API shows it, with its departments read now.</summary>
    public static async Task<OrgUnitView> ViewAsync(this CatalogDbContext db, OrgUnit unit, CancellationToken ct)
    {
        var departments = await db.Departments.Where(d => d.OrgUnitId == unit.Id).OrderBy(d => d.Id)
            .Select(d => new DepartmentView(d.Id, d.Name, d.CreditCode)).ToListAsync(ct);
        return OrgUnitView.From(unit, departments);
    }
}
