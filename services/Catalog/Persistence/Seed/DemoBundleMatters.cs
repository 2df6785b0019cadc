using Linkage.Catalog.Domain;

namespace Linkage.Catalog.Persistence.Seed;

/// <summary>The matters and county departments of the company-start bundle (企业开办一件事). Basic codes are
/// illustrative; credit codes are well formed.</summary>
public static class DemoBundleMatters
{
    public const string CompanyRegistration = "000122005000";
    public const string SealEngraving = "000159006000";
    public const string InvoiceIssue = "000163007000";
    public const string StaffInsurance = "000112008000";
    public const string HousingFund = "000169009000";

    public const string PublicSecurity = "dep-350926-gaj";
    public const string Taxation = "dep-350926-swj";
    public const string HumanResources = "dep-350926-rsj";
    public const string HousingFundCentre = "dep-350926-gjj";

    private static readonly DateOnly Since = new(2024, 1, 1);

    public static IReadOnlyList<Department> Departments() =>
    [
        Department.Create(PublicSecurity, DemoOrgUnits.CountyCentre, "柘荣县公安局", "11350926MB0000411Q"),
        Department.Create(Taxation, DemoOrgUnits.CountyCentre, "国家税务总局柘荣县税务局", "11350926MB0000512H"),
        Department.Create(HumanResources, DemoOrgUnits.CountyCentre, "柘荣县人力资源和社会保障局", "11350926MB0000613A"),
        Department.Create(HousingFundCentre, DemoOrgUnits.CountyCentre, "宁德市住房公积金中心柘荣管理部", "11350926MB00007143"),
    ];

    public static IReadOnlyList<Matter> All() =>
    [
        Matter.Create(CompanyRegistration, "企业设立登记", MatterType.AdministrativeLicensing,
            ["营业执照", "开公司", "注册公司", "企业开办"],
            [new(1, Since, "《中华人民共和国公司法》；《中华人民共和国市场主体登记管理条例》第二十一条")]),
        Matter.Create(SealEngraving, "公章刻制备案", MatterType.OtherPower, ["刻章", "印章", "公章"],
            [new(1, Since, "《国务院对确需保留的行政审批项目设定行政许可的决定》第37项；《印章业治安管理办法》")]),
        Matter.Create(InvoiceIssue, "发票领用（含税控设备发放）", MatterType.OtherPower, ["发票申领", "税控设备", "领发票"],
            [new(1, Since, "《中华人民共和国发票管理办法》第十五条")]),
        Matter.Create(StaffInsurance, "单位参保登记（员工参保）", MatterType.PublicService, ["社保开户", "员工参保", "社保登记"],
            [new(1, Since, "《中华人民共和国社会保险法》第五十七条")]),
        Matter.Create(HousingFund, "住房公积金单位缴存登记", MatterType.PublicService, ["公积金开户", "公积金缴存"],
            [new(1, Since, "《住房公积金管理条例》第十四条")]),
    ];
}
