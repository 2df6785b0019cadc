using Linkage.Catalog.Domain;
using Linkage.Catalog.Persistence.Seed;
using Linkage.Kernel;

namespace Linkage.Catalog.Tests.Unit;

/// <summary>The demo catalog is a realistic province: at least 30 matters over every tier, instant and committed ones,
/// village-proxy matters, licences with certificates, and the food permit reviewed by three departments.</summary>
public sealed class DemoCatalogTests
{
    private static readonly IReadOnlyList<Matter> Matters = [.. DemoMatters.All(), .. DemoBundleMatters.All()];
    private static readonly IReadOnlyList<ImplementationDraft> Entries = [.. DemoImplementations.All(), .. DemoBundleImplementations.All()];

    [Fact]
    public void There_are_at_least_30_matters_with_distinct_12_digit_codes_each_implemented_somewhere()
    {
        Assert.True(Matters.Count >= 30, $"{Matters.Count} matters");
        Assert.Equal(Matters.Count, Matters.Select(m => m.Code).Distinct().Count());
        Assert.All(Matters, m => Assert.True(m.Code.Length == 12 && m.Code.All(char.IsAsciiDigit), m.Code));
        Assert.Empty(Matters.Select(m => m.Code).Except(Entries.Select(e => e.MatterCode)));
        Assert.Equal(Entries.Count, Entries.Select(e => e.Code).Distinct().Count());
        Assert.All(Entries, e => Implementation.Create(e));   // every entry passes the entry rules
    }

    [Fact]
    public void Both_instant_and_committed_matters_are_there_and_at_least_three_village_proxy_matters()
    {
        Assert.True(Entries.Count(e => e.CaseKind == CaseKind.Instant) >= 3);
        Assert.True(Entries.Count(e => e.CaseKind == CaseKind.Committed) >= 3);
        var proxied = Entries.Where(e => e.ProxyAllowed).Select(e => e.MatterCode).ToHashSet();
        Assert.True(proxied.Count >= 3, $"{proxied.Count} proxy matters");
        Assert.Superset(new HashSet<string>
        {
            DemoMatters.Subsistence, DemoSocialMatters.Retirement, DemoSocialMatters.ElderlyBusCard, DemoSocialMatters.DisabilitySubsidies,
        }, proxied);
    }

    [Fact]
    public void Entries_sit_at_every_tier_from_the_province_to_the_towns()
    {
        var divisions = DemoOrgUnits.All().ToDictionary(u => u.Id, u => DivisionCode.Parse(u.DivisionCode).Level);
        var levels = Entries.Select(e => divisions[e.OrgUnitId]).ToHashSet();

        Assert.Superset(new HashSet<DivisionLevel> { DivisionLevel.Province, DivisionLevel.City, DivisionLevel.County, DivisionLevel.Town }, levels);
        Assert.Contains(Entries, e => e.CaseKind == CaseKind.Committed && divisions[e.OrgUnitId] == DivisionLevel.Town); // 委托下放
    }

    [Fact]
    public void The_business_licence_and_the_food_business_licence_are_produced_among_other_certificates()
    {
        var licences = Entries.Where(e => e.Licence.Produces).Select(e => e.Licence.TypeName).ToHashSet();

        Assert.Contains("营业执照", licences);
        Assert.Contains("食品经营许可证", licences);
        Assert.True(licences.Count >= 8, string.Join("、", licences));
    }

    [Fact]
    public void The_food_permit_is_reviewed_in_parallel_by_three_county_departments_one_signing_off()
    {
        var departments = DemoFoodPermit.Zherong().Departments;

        Assert.Equal([DemoDepartments.MarketRegulation, DemoDepartments.Health, DemoDepartments.FireRescue], departments.Select(d => d.DepartmentId));
        Assert.Equal(DemoDepartments.MarketRegulation, Assert.Single(departments, d => d.SignsOff).DepartmentId);
    }

    [Fact]
    public void Each_county_has_several_towns_and_villages()
    {
        var regions = DemoRegions.All().Select(r => DivisionCode.Parse(r.Code)).ToList();
        foreach (var county in new[] { DemoRegions.County, DemoRegions.OtherCounty }.Select(DivisionCode.Parse))
        {
            Assert.True(regions.Count(r => r.Level == DivisionLevel.Town && r.IsWithin(county)) >= 2, county.Value);
            Assert.True(regions.Count(r => r.Level == DivisionLevel.Village && r.IsWithin(county)) >= 3, county.Value);
        }
    }
}
