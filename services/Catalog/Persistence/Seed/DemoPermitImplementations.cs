using Linkage.Catalog.Domain;
using static Linkage.Catalog.Persistence.Seed.DemoDepartments;
using static Linkage.Catalog.Persistence.Seed.DemoPermitMatters;
using static Linkage.Catalog.Persistence.Seed.SeedEntries;

namespace Linkage.Catalog.Persistence.Seed;

/// <summary>Entries of the permit matters: county licences with their certificates, the taxi driver's qualification at
/// the city, the contractor safety licence at the province, and rural housing delegated to 双城镇 (委托下放), reviewed
/// by the town's agriculture office and natural-resources station in parallel; a village agent may take it. The ID card
/// renewal bears the 工本费.</summary>
public static class DemoPermitImplementations
{
    private static readonly Material BusinessLicence = new("business-licence", "营业执照", true, false);

    /// <summary>The demo's one fee-bearing entry (一窗收费 in the console, decision 0563): the ID card's 工本费, 20 yuan.</summary>
    private static readonly Fee IdCardFee = new("居民身份证工本费（换领）", 20m,
        "《中华人民共和国居民身份证法》第二十条；《关于第二代居民身份证收费标准等有关问题的通知》（发改价格〔2005〕436号）");

    public static IReadOnlyList<ImplementationDraft> All() =>
    [
        Committed(EntryCode("350926", IdCardRenewal), IdCardRenewal, County, 40, 20, [IdCard, HouseholdRegister],
            [DemoBundleMatters.PublicSecurity], proxy: false) with { Fees = [IdCardFee] },
        Committed(EntryCode("350926", ConstructionPermit), ConstructionPermit, County, 7, 3,
            [ApplicationForm, new("planning-permit", "建设工程规划许可证", true, false),
             new("construction-contract", "施工合同", true, false), new("safety-measures", "保证工程质量和安全的具体措施", true, true)],
            [Housing], proxy: false, Licence.Of("11100000MB00002117001", "建筑工程施工许可证", HousingCreditCode, 0)),
        Committed(EntryCode("350926", RoadFreight), RoadFreight, County, 20, 5,
            [ApplicationForm, BusinessLicence, new("vehicle-licence", "车辆行驶证", true, false),
             new("driver-qualification", "驾驶人员从业资格证", true, false)],
            [Transport], proxy: false, Licence.Of("11100000MB00003120001", "道路运输经营许可证", TransportCreditCode, 4)),
        Committed(EntryCode("350926", Pharmacy), Pharmacy, County, 30, 15,
            [ApplicationForm, BusinessLicence, new("pharmacist", "执业药师注册证", true, false),
             new("premises-plan", "经营场所平面布局图", true, false), new("quality-rules", "质量管理制度文件", true, true)],
            [MarketRegulation], proxy: false, Licence.Of("11100000MB0000413Q001", "药品经营许可证", MarketRegulationCreditCode, 5)),
        Committed(EntryCode("350926", FireSafetyCheck), FireSafetyCheck, County, 10, 5,
            [ApplicationForm, BusinessLicence, new("fire-commitment", "消防安全告知承诺书", true, false),
             new("fire-rules", "消防安全制度及应急预案", true, true)],
            [FireRescue], proxy: false, Licence.Of("11100000MB0000514H001", "公众聚集场所投入使用、营业前消防安全检查合格证", FireRescueCreditCode, 0)),
        Committed(EntryCode("350926", TeacherQualification), TeacherQualification, County, 30, 20,
            [IdCard, Photo, new("diploma", "学历证书", true, false), new("exam-certificate", "教师资格考试合格证明", true, false),
             new("health-check", "体检合格证明", true, true)],
            [Education], proxy: false, Licence.Of("11100000MB0000615A001", "教师资格证书", EducationCreditCode, 0)),
        Committed(EntryCode("3509", TaxiDriver), TaxiDriver, DemoOrgUnits.CityCentre, 20, 10,
            [ApplicationForm, IdCard, new("driving-licence", "机动车驾驶证", true, false),
             new("no-record", "无交通肇事犯罪等记录证明", true, false)],
            [CityTransport], proxy: false, Licence.Of("11100000MB00003120002", "出租汽车驾驶员从业资格证", CityTransportCreditCode, 6)),
        Committed(EntryCode("35", ContractorSafety), ContractorSafety, DemoOrgUnits.ProvinceCentre, 45, 20,
            [ApplicationForm, BusinessLicence, new("qualification", "建筑业企业资质证书", true, false),
             new("safety-staff", "安全生产管理人员考核合格证明", true, false)],
            [ProvinceHousing], proxy: false, Licence.Of("11100000MB00002117002", "安全生产许可证", ProvinceHousingCreditCode, 3), trips: 0),
        Committed(EntryCode("350926100", RuralHousing), RuralHousing, DemoOrgUnits.TownCentre, 20, 10,
            [new("application-form", "农村宅基地和建房（规划许可）申请表", true, false), IdCard, HouseholdRegister,
             new("village-approval", "村民小组会议讨论和公示材料", true, false), new("design-plan", "农房设计图或通用图", true, true)],
            TownReviewers, proxy: true, Licence.Of("11100000MB00007163001", "乡村建设规划许可证", TownGovernmentCreditCode, 0)),
    ];
}
