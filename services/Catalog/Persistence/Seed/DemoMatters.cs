using Linkage.Catalog.Domain;

namespace Linkage.Catalog.Persistence.Seed;

/// <summary>The demo catalogue: five core matters (the food-business permit is the one the end-to-end case uses), the
/// social and the permit groups; the company-start legs are in <see cref="DemoBundleMatters"/>. Basic codes other than
/// the food permit's are illustrative.</summary>
public static class DemoMatters
{
    public const string FoodPermit = "000121010000";
    public const string SeniorCard = "000113012000";
    public const string PensionQualification = "000112031000";
    public const string Subsistence = "000117001000";
    public const string SoleTrader = "000122002000";

    private static readonly DateOnly Since = new(2024, 1, 1);

    public static IReadOnlyList<Matter> All() =>
    [
        Matter.Create(FoodPermit, "食品经营许可（小餐饮）", MatterType.AdministrativeLicensing,
            ["小餐饮", "餐饮许可", "开饭店", "食品经营许可证"],
            [new(1, Since, "《中华人民共和国食品安全法》第三十五条；《食品经营许可和备案管理办法》")]),
        Matter.Create(SeniorCard, "老年人优待证办理", MatterType.PublicService,
            ["老年证", "优待证", "老人卡"],
            [new(1, Since, "《中华人民共和国老年人权益保障法》；《福建省老年人权益保障条例》")]),
        Matter.Create(PensionQualification, "城乡居民养老保险待遇领取资格认证", MatterType.PublicService,
            ["退休", "养老金", "生存认证", "社保认证"],
            [new(1, Since, "《国务院关于建立统一的城乡居民基本养老保险制度的意见》（国发〔2014〕8号）")]),
        Matter.Create(Subsistence, "最低生活保障申请", MatterType.AdministrativePayment,
            ["低保", "社会救助"],
            [new(1, Since, "《社会救助暂行办法》第九条至第十一条；《最低生活保障审核确认办法》")]),
        Matter.Create(SoleTrader, "个体工商户设立登记", MatterType.AdministrativeLicensing,
            ["个体户", "开店", "注册登记"],
            [new(1, Since, "《促进个体工商户发展条例》；《中华人民共和国市场主体登记管理条例》第十九条")]),
        .. DemoSocialMatters.All(),
        .. DemoPermitMatters.All(),
    ];
}
