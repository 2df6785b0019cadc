using Linkage.Catalog.Domain;
using Linkage.Catalog.Persistence.Seed;
using Linkage.Kernel;
using Linkage.ServiceDefaults.Auth;

namespace Linkage.Catalog.Tests.Unit;

/// <summary>The demo catalog holds together, and holds everything the demo users point at.</summary>
public sealed class DemoSeedTests
{
    private static readonly HashSet<string> Units = DemoOrgUnits.All().Select(u => u.Id).ToHashSet();
    private static readonly HashSet<string> Regions = DemoRegions.All().Select(r => r.Code).ToHashSet();
    private static readonly Dictionary<string, Department> Departments =
        DemoDepartments.All().Concat(DemoBundleMatters.Departments()).ToDictionary(d => d.Id);

    [Fact]
    public void Every_demo_users_division_org_unit_and_department_exists()
    {
        var users = DemoUsersFile.Load(Path.Combine(AppContext.BaseDirectory, "demo-users.json"));
        Assert.NotEmpty(users);
        foreach (var user in users)
        {
            Assert.Contains(user.Division, Regions);
            if (user.OrgUnitId is not null) Assert.Contains(user.OrgUnitId, Units);
            if (user.DepartmentId is not null) Assert.Equal(user.OrgUnitId, Departments[user.DepartmentId].OrgUnitId);
        }
    }

    [Fact]
    public void Every_region_but_the_province_has_its_parent_in_the_seed()
    {
        foreach (var region in DemoRegions.All())
            Assert.True(region.ParentCode is null ? region.Level == DivisionLevel.Province : Regions.Contains(region.ParentCode), region.Code);
    }

    [Fact]
    public void Entries_refer_to_seeded_matters_units_and_departments_of_their_own_unit()
    {
        var matters = DemoMatters.All().Concat(DemoBundleMatters.All()).Select(m => m.Code).ToHashSet();
        foreach (var entry in DemoImplementations.All().Concat(DemoBundleImplementations.All()))
        {
            Assert.Contains(entry.MatterCode, matters);
            Assert.Contains(entry.OrgUnitId, Units);
            Assert.All(entry.Departments, d => Assert.Equal(entry.OrgUnitId, Departments[d.DepartmentId].OrgUnitId));
        }
    }

    [Fact]
    public void Org_units_sit_at_seeded_regions_and_carry_valid_credit_codes()
    {
        foreach (var unit in DemoOrgUnits.All())
        {
            Assert.Contains(unit.DivisionCode, Regions);
            Assert.True(unit.CreditCode is null || CreditCode.IsValid(unit.CreditCode), unit.Id);
        }
        Assert.All(Departments.Values, d => Assert.True(CreditCode.IsValid(d.CreditCode), d.Id));
    }
}
