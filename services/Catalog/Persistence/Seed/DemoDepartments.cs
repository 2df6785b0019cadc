using Linkage.Catalog.Domain;

namespace Linkage.Catalog.Persistence.Seed;

/// <summary>Departments stationed at the centres (进驻部门): the county's, two town offices reviewing rural housing,
/// and the city and province departments of the upper-tier matters. Credit codes are well formed, not real.</summary>
public static class DemoDepartments
{
    public const string MarketRegulation = "dep-350926-scjg";
    public const string Health = "dep-350926-wsjk";
    public const string CivilAffairs = "dep-350926-mzj";
    public const string FireRescue = "dep-350926-xfjy";
    public const string DisabledPersons = "dep-350926-cl";
    public const string MedicalInsurance = "dep-350926-ybj";
    public const string Transport = "dep-350926-jtj";
    public const string Housing = "dep-350926-zjj";
    public const string Education = "dep-350926-jyj";
    public const string TownAgriculture = "dep-350926100-nyb";
    public const string TownNaturalResources = "dep-350926100-zrzys";
    public const string CityTransport = "dep-350900-jtj";
    public const string ProvinceHousing = "dep-350000-zjt";
    public const string ProvinceHumanResources = "dep-350000-rst";
    public const string OtherMarketRegulation = "dep-350981-scjg";

    public const string MarketRegulationCreditCode = "11350926MB00001255";
    public const string DisabledPersonsCreditCode = "11350926MB0000915H";
    public const string HousingCreditCode = "11350926MB0001218A";
    public const string TransportCreditCode = "11350926MB0001117H";
    public const string FireRescueCreditCode = "11350926MB0000814Q";
    public const string EducationCreditCode = "11350926MB00013193";
    public const string TownGovernmentCreditCode = "11350926MB0001612E";   // 双城镇人民政府, issuer of delegated licences
    public const string CityTransportCreditCode = "11350900MB0000211P";
    public const string ProvinceHousingCreditCode = "11350000MB00002119";

    public static readonly string[] TownReviewers = [TownAgriculture, TownNaturalResources];

    public static IReadOnlyList<Department> All() =>
    [
        Department.Create(MarketRegulation, DemoOrgUnits.CountyCentre, "柘荣县市场监督管理局", MarketRegulationCreditCode),
        Department.Create(Health, DemoOrgUnits.CountyCentre, "柘荣县卫生健康局", "11350926MB0000233M"),
        Department.Create(CivilAffairs, DemoOrgUnits.CountyCentre, "柘荣县民政局", "11350926MB0000345J"),
        Department.Create(FireRescue, DemoOrgUnits.CountyCentre, "柘荣县消防救援大队", FireRescueCreditCode),
        Department.Create(DisabledPersons, DemoOrgUnits.CountyCentre, "柘荣县残疾人联合会", DisabledPersonsCreditCode),
        Department.Create(MedicalInsurance, DemoOrgUnits.CountyCentre, "柘荣县医疗保障局", "11350926MB0001016Q"),
        Department.Create(Transport, DemoOrgUnits.CountyCentre, "柘荣县交通运输局", TransportCreditCode),
        Department.Create(Housing, DemoOrgUnits.CountyCentre, "柘荣县住房和城乡建设局", HousingCreditCode),
        Department.Create(Education, DemoOrgUnits.CountyCentre, "柘荣县教育局", EducationCreditCode),
        Department.Create(TownAgriculture, DemoOrgUnits.TownCentre, "双城镇农业农村办公室", "11350926MB0001410W"),
        Department.Create(TownNaturalResources, DemoOrgUnits.TownCentre, "柘荣县自然资源局双城自然资源所", "11350926MB0001511M"),
        Department.Create(CityTransport, DemoOrgUnits.CityCentre, "宁德市交通运输局", CityTransportCreditCode),
        Department.Create(ProvinceHousing, DemoOrgUnits.ProvinceCentre, "福建省住房和城乡建设厅", ProvinceHousingCreditCode),
        Department.Create(ProvinceHumanResources, DemoOrgUnits.ProvinceCentre, "福建省人力资源和社会保障厅", "11350000MB00003122"),
        Department.Create(OtherMarketRegulation, DemoOrgUnits.OtherCountyCentre, "福安市市场监督管理局", "11350981MB0000321Q"),
    ];
}
