using Linkage.Catalog.Domain;
using Linkage.Kernel;
using static Linkage.Catalog.Persistence.Seed.SeedLimits;

namespace Linkage.Catalog.Persistence.Seed;

/// <summary>THE demo entry: 食品经营许可（小餐饮） at the Zherong county centre, taken by proxy at the village, reviewed
/// in parallel by three departments, market regulation (signs off), health and fire rescue (the premises' fire
/// safety), producing a five-year food-business licence.
/// Fu'an has its own entry, so a Fu'an resident resolves to Fu'an, never to Zherong.</summary>
public static class DemoFoodPermit
{
    public const string ImplementationCode = "350926-000121010000-01";
    public const string OtherCountyImplementationCode = "350981-000121010000-01";
    public const string LicenceTypeCode = "11350000MB00001479001";

    public static ImplementationDraft Zherong() => new(
        ImplementationCode, 1, new DateOnly(2024, 1, 1), DemoMatters.FoodPermit, DemoOrgUnits.CountyCentre,
        CaseKind.Committed, Days(20), Days(10), Trips: 1, Materials,
        [
            new(DemoDepartments.MarketRegulation, 8, SignsOff: true), new(DemoDepartments.Health, 8, SignsOff: false),
            new(DemoDepartments.FireRescue, 8, SignsOff: false),
        ],
        ProxyAllowed: true, Licence.Of(LicenceTypeCode, "食品经营许可证", DemoDepartments.MarketRegulationCreditCode, 5));

    public static ImplementationDraft FuAn() => Zherong() with
    {
        Code = OtherCountyImplementationCode,
        OrgUnitId = DemoOrgUnits.OtherCountyCentre,
        Departments = [new(DemoDepartments.OtherMarketRegulation, 8, SignsOff: true)],
        Licence = Licence.Of(LicenceTypeCode, "食品经营许可证", "11350981MB0000321Q", 5),
    };

    private static readonly Material[] Materials =
    [
        new("application-form", "食品经营许可申请书", Required: true, Deferrable: false),
        new("id-copy", "经营者身份证明", Required: true, Deferrable: false),
        new("premises-plan", "经营场所平面图", Required: true, Deferrable: false),
        new("health-certificate", "从业人员健康证明", Required: true, Deferrable: true), // 容缺
    ];
}
