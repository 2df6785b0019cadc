using Linkage.Catalog.Domain;
using static Linkage.Catalog.Persistence.Seed.DemoSocialMatters;
using static Linkage.Catalog.Persistence.Seed.SeedEntries;

namespace Linkage.Catalog.Persistence.Seed;

/// <summary>Entries of the social matters: assistance and insurance reviewed at the county centre (village agents may
/// take them), the social security card at the city, the pension transfer at the province, and four instant matters
/// delegated to every Zherong town centre (就近办).</summary>
public static class DemoSocialImplementations
{
    private static readonly Material BankAccount = new("bank-account", "本人银行账户（社保卡）信息", true, true);

    public static IReadOnlyList<ImplementationDraft> All() => [.. CountyEntries(), .. UpperTierEntries(), .. TownEntries()];

    private static IEnumerable<ImplementationDraft> CountyEntries() =>
    [
        Committed(EntryCode("350926", DisabilitySubsidies), DisabilitySubsidies, County, 20, 10,
            [ApplicationForm, IdCard, new("disability-certificate", "残疾人证", true, false), BankAccount],
            [DemoDepartments.CivilAffairs, DemoDepartments.DisabledPersons], proxy: true, trips: 0),
        Committed(EntryCode("350926", Destitute), Destitute, County, 20, 15,
            [ApplicationForm, IdCard, HouseholdRegister, new("verification-consent", "家庭经济状况核对授权书", true, false)],
            [DemoDepartments.CivilAffairs], proxy: true),
        Committed(EntryCode("350926", TemporaryAssistance), TemporaryAssistance, County, 15, 5,
            [ApplicationForm, IdCard, new("hardship-proof", "遭遇急难情况的相关证明", true, true)],
            [DemoDepartments.CivilAffairs], proxy: true),
        Committed(EntryCode("350926", LongevityAllowance), LongevityAllowance, County, 20, 10, [ApplicationForm, IdCard, BankAccount],
            [DemoDepartments.CivilAffairs], proxy: true, trips: 0),
        Committed(EntryCode("350926", Retirement), Retirement, County, 20, 10,
            [new("retirement-form", "职工退休申报表", true, false), IdCard, new("personnel-file", "职工本人档案", true, false)],
            [DemoBundleMatters.HumanResources], proxy: true),
        Committed(EntryCode("350926", Unemployment), Unemployment, County, 10, 3,
            [IdCard, new("termination-proof", "解除或终止劳动关系证明", true, false), BankAccount],
            [DemoBundleMatters.HumanResources], proxy: false, trips: 0),
        Committed(EntryCode("350926", DisabilityCertificate), DisabilityCertificate, County, 30, 20,
            [ApplicationForm, IdCard, Photo, new("assessment", "残疾评定表（指定医疗机构出具）", true, false)],
            [DemoDepartments.DisabledPersons, DemoDepartments.Health], proxy: true,
            Licence.Of("11100000MB0000110E001", "中华人民共和国残疾人证", DemoDepartments.DisabledPersonsCreditCode, 10)),
        Instant(EntryCode("350926", OutOfAreaCare), OutOfAreaCare, County,
            [IdCard, new("filing-form", "异地就医备案表", true, false)], trips: 0),
    ];

    private static IEnumerable<ImplementationDraft> UpperTierEntries() =>
    [
        Instant(EntryCode("3509", SocialSecurityCard), SocialSecurityCard, DemoOrgUnits.CityCentre, [IdCard, Photo], trips: 0),
        Committed(EntryCode("35", PensionTransfer), PensionTransfer, DemoOrgUnits.ProvinceCentre, 45, 15,
            [IdCard, new("transfer-form", "基本养老保险关系转移接续申请表", true, false),
             new("contribution-record", "参保缴费凭证", true, false)],
            [DemoDepartments.ProvinceHumanResources], proxy: false, trips: 0),
    ];

    /// <summary>The same four instant matters at each Zherong town centre, coded by the town's division digits.</summary>
    private static IEnumerable<ImplementationDraft> TownEntries() => DemoOrgUnits.ZherongTownCentres.SelectMany(unit =>
    {
        var town = unit["ou-".Length..^"-centre".Length];
        return new[]
        {
            Instant(EntryCode(town, ElderlyBusCard), ElderlyBusCard, unit, [IdCard, Photo]),
            Instant(EntryCode(town, BirthRegistration), BirthRegistration, unit,
                [new("id-copy", "夫妻双方居民身份证", true, false), new("marriage-certificate", "结婚证", true, false)], trips: 0),
            Instant(EntryCode(town, ResidentPension), ResidentPension, unit, [IdCard, HouseholdRegister]),
            Instant(EntryCode(town, ResidentMedical), ResidentMedical, unit, [IdCard, HouseholdRegister]),
        };
    });
}
