using Linkage.Catalog.Domain;
using Linkage.Kernel;
using static Linkage.Catalog.Persistence.Seed.SeedLimits;

namespace Linkage.Catalog.Persistence.Seed;

/// <summary>The implementation entries (实施清单) of the demo matters: two at the town centre (instant, 就近办),
/// two more at the county centre, the food permit, and the social and permit groups.</summary>
public static class DemoImplementations
{
    private static readonly DateOnly Since = new(2024, 1, 1);

    public static IReadOnlyList<ImplementationDraft> All() =>
    [
        DemoFoodPermit.Zherong(),
        DemoFoodPermit.FuAn(),
        SeedEntries.Instant("350926100-000113012000-01", DemoMatters.SeniorCard, DemoOrgUnits.TownCentre,
            [SeedEntries.IdCard, SeedEntries.Photo]),
        SeedEntries.Instant("350926100-000112031000-01", DemoMatters.PensionQualification, DemoOrgUnits.TownCentre,
            [SeedEntries.IdCard], trips: 0),
        new("350926-000117001000-01", 1, Since, DemoMatters.Subsistence, DemoOrgUnits.CountyCentre, CaseKind.Committed,
            Days(30), Days(15), 1,
            [
                new("application-form", "最低生活保障申请书", true, false),
                new("household-register", "户口簿", true, false),
                new("income-statement", "家庭经济状况声明", true, false),
                new("verification-consent", "家庭经济状况核对授权书", true, false),
                new("disability-certificate", "残疾人证（如有）", false, false),
            ],
            [new(DemoDepartments.CivilAffairs, 15, SignsOff: true)], ProxyAllowed: true, Licence.None),
        new("350926-000122002000-01", 1, Since, DemoMatters.SoleTrader, DemoOrgUnits.CountyCentre, CaseKind.Committed,
            Days(3), Days(1), 1,
            [
                new("application-form", "个体工商户登记申请书", true, false),
                new("id-copy", "经营者身份证明", true, false),
                new("premises-proof", "经营场所使用证明", true, true),
            ],
            [new(DemoDepartments.MarketRegulation, 1, SignsOff: true)], ProxyAllowed: false,
            Licence.Of(DemoBundleImplementations.BusinessLicenceTypeCode, "营业执照", DemoDepartments.MarketRegulationCreditCode, 0)),
        .. DemoSocialImplementations.All(),
        .. DemoPermitImplementations.All(),
    ];
}
