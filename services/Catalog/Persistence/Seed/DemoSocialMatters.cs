using Linkage.Catalog.Domain;
using static Linkage.Catalog.Persistence.Seed.SeedEntries;

namespace Linkage.Catalog.Persistence.Seed;

/// <summary>Social assistance, social insurance, disability and elderly matters: most of them taken by village
/// agents (代办). Basic codes are illustrative.</summary>
public static class DemoSocialMatters
{
    public const string DisabilitySubsidies = "000117004000";
    public const string Destitute = "000117005000";
    public const string TemporaryAssistance = "000117006000";
    public const string LongevityAllowance = "000117007000";
    public const string Retirement = "000112010000";
    public const string Unemployment = "000112011000";
    public const string PensionTransfer = "000112012000";
    public const string SocialSecurityCard = "000112013000";
    public const string ResidentPension = "000112014000";
    public const string DisabilityCertificate = "000181001000";
    public const string OutOfAreaCare = "000186001000";
    public const string ResidentMedical = "000186002000";
    public const string BirthRegistration = "000113014000";
    public const string ElderlyBusCard = "000113015000";

    public static IReadOnlyList<Matter> All() =>
    [
        M(DisabilitySubsidies, "残疾人两项补贴给付（困难残疾人生活补贴和重度残疾人护理补贴）", MatterType.AdministrativePayment,
            ["残疾人补贴", "护理补贴", "两项补贴"], "《国务院关于全面建立困难残疾人生活补贴和重度残疾人护理补贴制度的意见》（国发〔2015〕52号）"),
        M(Destitute, "特困人员认定", MatterType.AdministrativeConfirmation, ["特困供养", "五保"],
            "《社会救助暂行办法》第十四条至第十八条；《特困人员认定办法》"),
        M(TemporaryAssistance, "临时救助", MatterType.AdministrativePayment, ["急难救助", "救助金"],
            "《社会救助暂行办法》第四十七条至第五十一条"),
        M(LongevityAllowance, "80周岁以上高龄津贴申领", MatterType.AdministrativePayment, ["高龄补贴", "长寿补贴"],
            "《中华人民共和国老年人权益保障法》第三十三条；《福建省老年人权益保障条例》"),
        M(Retirement, "企业职工退休资格认定（正常退休）", MatterType.AdministrativeConfirmation, ["办退休", "退休审批", "退休"],
            "《中华人民共和国社会保险法》第十六条；《国务院关于工人退休、退职的暂行办法》（国发〔1978〕104号）"),
        M(Unemployment, "失业保险金申领", MatterType.AdministrativePayment, ["失业金", "失业补助"],
            "《中华人民共和国社会保险法》第四十五条；《失业保险条例》第十四条"),
        M(PensionTransfer, "企业职工基本养老保险关系转移接续", MatterType.PublicService, ["社保转移", "养老保险转移"],
            "《中华人民共和国社会保险法》第十九条；《城镇企业职工基本养老保险关系转移接续暂行办法》"),
        M(SocialSecurityCard, "社会保障卡申领", MatterType.PublicService, ["社保卡", "办社保卡"],
            "《中华人民共和国社会保险法》第五十八条；《社会保障卡管理办法》"),
        M(ResidentPension, "城乡居民基本养老保险参保登记", MatterType.PublicService, ["农村养老保险", "居民养老参保"],
            "《国务院关于建立统一的城乡居民基本养老保险制度的意见》（国发〔2014〕8号）"),
        M(DisabilityCertificate, "残疾人证核发", MatterType.AdministrativeConfirmation, ["残疾证", "办残疾证"],
            "《中华人民共和国残疾人保障法》；《中华人民共和国残疾人证管理办法》"),
        M(OutOfAreaCare, "基本医疗保险参保人员异地就医备案", MatterType.PublicService, ["异地就医", "跨省就医备案"],
            "《关于进一步做好基本医疗保险跨省异地就医直接结算工作的通知》（医保发〔2022〕22号）"),
        M(ResidentMedical, "城乡居民基本医疗保险参保登记", MatterType.PublicService, ["医保参保", "居民医保", "新农合"],
            "《中华人民共和国社会保险法》第二十五条；《医疗保障基金使用监督管理条例》"),
        M(BirthRegistration, "生育登记", MatterType.PublicService, ["生育服务登记", "准生证"],
            "《中华人民共和国人口与计划生育法》；《福建省人口与计划生育条例》"),
        M(ElderlyBusCard, "老年人乘车卡（敬老卡）办理", MatterType.PublicService, ["乘车卡", "公交卡", "敬老卡"],
            "《中华人民共和国老年人权益保障法》第五十七条；《福建省老年人权益保障条例》"),
    ];
}
