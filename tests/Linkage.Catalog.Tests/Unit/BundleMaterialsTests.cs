using Linkage.Catalog.Domain;
using Linkage.Catalog.Persistence.Seed;
using Linkage.Kernel;

namespace Linkage.Catalog.Tests.Unit;

public sealed class BundleMaterialsTests
{
    [Fact]
    public void Same_code_or_same_name_is_merged_once_with_the_strictest_flags()
    {
        var merged = BundleMaterials.Merge(
        [
            [new("id-copy", "法定代表人身份证明", false, true), new("form-a", "申请书甲", true, false)],
            [new("legal-rep-id", "法定代表人身份证明", true, true), new("form-a", "另一名称", true, true)],
            [new("roster", "职工花名册", false, true), new("id-copy", "身份证", false, false)],
        ]);

        Assert.Equal(["id-copy", "form-a", "roster"], merged.Select(m => m.Code));
        Assert.Equal(new Material("id-copy", "法定代表人身份证明", true, false), merged[0]);
        Assert.Equal(new Material("form-a", "申请书甲", true, false), merged[1]);
        Assert.Equal(new Material("roster", "职工花名册", false, true), merged[2]);
    }

    [Fact]
    public void The_company_start_seed_refers_to_its_own_legs_and_well_formed_departments()
    {
        var legs = DemoBundleImplementations.All().ToDictionary(l => l.Code);
        var bundle = Assert.Single(DemoBundles.All());
        Assert.All(bundle.Legs, code => Assert.Equal(bundle.OrgUnitId, legs[code].OrgUnitId));
        Assert.All(DemoBundleMatters.Departments(), d => Assert.True(CreditCode.IsValid(d.CreditCode), d.Id));
        Assert.Equal(5, bundle.Legs.Select(c => legs[c].Departments.Single().DepartmentId).Distinct().Count());
        Assert.InRange(bundle.CommittedLimit.Amount, bundle.Legs.Max(c => legs[c].CommittedLimit.Amount),
            bundle.Legs.Sum(c => legs[c].CommittedLimit.Amount));
        Assert.Equal(5, Bundle.Create(bundle).Legs.Count);
    }
}
