using Linkage.Catalog.Domain;
using static Linkage.Catalog.Persistence.Seed.DemoBundleImplementations;
using static Linkage.Catalog.Persistence.Seed.SeedLimits;

namespace Linkage.Catalog.Persistence.Seed;

/// <summary>企业开办一件事 at the Zherong county centre: registration, seal, invoices, staff insurance and housing fund
/// in one go, five working days, one business licence (多证合一) keyed by the company's credit code.</summary>
public static class DemoBundles
{
    public const string CompanyStart = "350926-YJS-QYKB-01";
    public const int CombinedWorkingDays = 5;

    public static IReadOnlyList<BundleDraft> All() =>
    [
        new(CompanyStart, 1, new DateOnly(2024, 1, 1), "企业开办一件事", DemoOrgUnits.CountyCentre, Days(CombinedWorkingDays),
            [Registration, Seal, Invoice, Insurance, Fund],
            Licence.Of(BusinessLicenceTypeCode, "营业执照", DemoDepartments.MarketRegulationCreditCode, 0))
        {
            Keywords = ["开公司", "企业开办", "营业执照"],
        },
    ];
}
