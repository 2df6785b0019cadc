using Linkage.Catalog.Domain;

namespace Linkage.Catalog.Persistence.Seed;

/// <summary>Departments stationed at the county centres (进驻部门). The first two are used by demo reviewers.</summary>
public static class DemoDepartments
{
    public const string MarketRegulation = "dep-350926-scjg";
    public const string Health = "dep-350926-wsjk";
    public const string CivilAffairs = "dep-350926-mzj";
    public const string OtherMarketRegulation = "dep-350981-scjg";

    public const string MarketRegulationCreditCode = "11350926MB00001255";

    public static IReadOnlyList<Department> All() =>
    [
        Department.Create(MarketRegulation, DemoOrgUnits.CountyCentre, "柘荣县市场监督管理局", MarketRegulationCreditCode),
        Department.Create(Health, DemoOrgUnits.CountyCentre, "柘荣县卫生健康局", "11350926MB0000233M"),
        Department.Create(CivilAffairs, DemoOrgUnits.CountyCentre, "柘荣县民政局", "11350926MB0000345J"),
        Department.Create(OtherMarketRegulation, DemoOrgUnits.OtherCountyCentre, "福安市市场监督管理局", "11350981MB0000321Q"),
    ];
}
