using Linkage.Catalog.Domain;
using Linkage.Kernel;
using static Linkage.Catalog.Persistence.Seed.DemoBundleMatters;
using static Linkage.Catalog.Persistence.Seed.SeedLimits;

namespace Linkage.Catalog.Persistence.Seed;

/// <summary>The company-start legs at the Zherong county centre, each with its own department and entry. Some
/// materials repeat across legs (by code or by name) so the bundle's merged set shows the merge.</summary>
public static class DemoBundleImplementations
{
    public const string Registration = "350926-000122005000-01";
    public const string Seal = "350926-000159006000-01";
    public const string Invoice = "350926-000163007000-01";
    public const string Insurance = "350926-000112008000-01";
    public const string Fund = "350926-000169009000-01";

    public const string BusinessLicenceTypeCode = "11100000000013338W001";

    private static readonly DateOnly Since = new(2024, 1, 1);

    public static IReadOnlyList<ImplementationDraft> All() =>
    [
        Leg(Registration, CompanyRegistration, DemoDepartments.MarketRegulation, 15, 3,
            [
                new("application-form", "企业设立登记申请书", true, false),
                new("id-copy", "法定代表人身份证明", true, false),
                new("articles", "公司章程", true, false),
                new("premises-proof", "住所（经营场所）使用证明", true, true),
            ],
            Licence.Of(BusinessLicenceTypeCode, "营业执照", DemoDepartments.MarketRegulationCreditCode, 0)),
        Leg(Seal, SealEngraving, PublicSecurity, 3, 1,
            [new("legal-rep-id", "法定代表人身份证明", true, false), new("seal-form", "印章刻制申请表", true, false)]),
        Leg(Invoice, InvoiceIssue, Taxation, 5, 1,
            [new("id-copy", "法定代表人身份证明", true, false), new("invoice-form", "发票领用申请表", true, false)]),
        Leg(Insurance, StaffInsurance, HumanResources, 5, 2,
            [new("insurance-form", "社会保险登记表", true, false), new("staff-roster", "职工花名册", false, true)]),
        Leg(Fund, HousingFund, HousingFundCentre, 5, 2,
            [new("fund-form", "住房公积金单位登记表", true, false), new("staff-roster", "职工花名册", true, true)]),
    ];

    private static ImplementationDraft Leg(
        string code, string matter, string department, int legal, int committed, IReadOnlyList<Material> materials,
        Licence? licence = null) => new(
        code, 1, Since, matter, DemoOrgUnits.CountyCentre, CaseKind.Committed, Days(legal), Days(committed), Trips: 1,
        materials, [new(department, committed, SignsOff: true)], ProxyAllowed: false, licence ?? Licence.None);
}
