using Linkage.Catalog.Domain;
using static Linkage.Catalog.Persistence.Seed.SeedEntries;

namespace Linkage.Catalog.Persistence.Seed;

/// <summary>Licences and registrations that mostly end in a certificate (证照): construction, transport, pharmacy,
/// fire safety, teaching, rural housing, plus the identity card. Basic codes are illustrative.</summary>
public static class DemoPermitMatters
{
    public const string IdCardRenewal = "000159001000";
    public const string ConstructionPermit = "000144001000";
    public const string ContractorSafety = "000144002000";
    public const string RoadFreight = "000150001000";
    public const string TaxiDriver = "000150002000";
    public const string Pharmacy = "000127003000";
    public const string FireSafetyCheck = "000160001000";
    public const string TeacherQualification = "000106001000";
    public const string RuralHousing = "000142001000";

    public static IReadOnlyList<Matter> All() =>
    [
        M(IdCardRenewal, "居民身份证换领", MatterType.AdministrativeConfirmation, ["换身份证", "身份证到期", "身份证"],
            "《中华人民共和国居民身份证法》第十一条"),
        M(ConstructionPermit, "建筑工程施工许可证核发", MatterType.AdministrativeLicensing, ["施工许可", "开工许可"],
            "《中华人民共和国建筑法》第七条至第十条；《建筑工程施工许可管理办法》"),
        M(ContractorSafety, "建筑施工企业安全生产许可", MatterType.AdministrativeLicensing, ["安全生产许可证", "安许证"],
            "《安全生产许可证条例》第二条；《建筑施工企业安全生产许可证管理规定》"),
        M(RoadFreight, "道路货物运输经营许可", MatterType.AdministrativeLicensing, ["货运许可", "道路运输证"],
            "《中华人民共和国道路运输条例》第二十一条、第二十四条"),
        M(TaxiDriver, "出租汽车驾驶员从业资格证核发", MatterType.AdministrativeLicensing, ["网约车驾驶员", "出租车资格证"],
            "《出租汽车驾驶员从业资格管理规定》第九条至第十四条"),
        M(Pharmacy, "药品零售企业经营许可", MatterType.AdministrativeLicensing, ["开药店", "药店许可"],
            "《中华人民共和国药品管理法》第五十二条、第五十三条；《药品经营和使用质量监督管理办法》"),
        M(FireSafetyCheck, "公众聚集场所投入使用、营业前消防安全检查", MatterType.AdministrativeLicensing, ["消防检查", "开业消防"],
            "《中华人民共和国消防法》第十五条"),
        M(TeacherQualification, "教师资格认定", MatterType.AdministrativeLicensing, ["教师资格证", "教资认定"],
            "《中华人民共和国教师法》第十条至第十三条；《教师资格条例》"),
        M(RuralHousing, "农村村民住宅建设审批（乡村建设规划许可证核发）", MatterType.AdministrativeLicensing,
            ["宅基地", "农房建设", "建房审批"], "《中华人民共和国城乡规划法》第四十一条；《中华人民共和国土地管理法》第六十二条"),
    ];
}
