using Linkage.Catalog.Domain;

namespace Linkage.Catalog.Persistence.Seed;

/// <summary>Org units with the ids demo users (services/Linkage.Host/demo-users.json) and tests rely on.</summary>
public static class DemoOrgUnits
{
    public const string ProvinceCentre = "ou-350000-centre";
    public const string CityCentre = "ou-350900-centre";
    public const string CountyCentre = "ou-350926-centre";
    public const string TownCentre = "ou-350926100-centre";
    public const string VillageStation = "ou-350926100201-station";
    public const string OtherCountyCentre = "ou-350981-centre";
    public const string SecondTownCentre = "ou-350926101-centre";
    public const string TownshipCentre = "ou-350926200-centre";
    public const string SecondTownStation = "ou-350926101201-station";
    public const string OtherTownCentre = "ou-350981100-centre";
    public const string OtherVillageStation = "ou-350981100201-station";

    /// <summary>The Zherong town centres that take the town-level (下放) matters.</summary>
    public static readonly string[] ZherongTownCentres = [TownCentre, SecondTownCentre, TownshipCentre];

    private const string Weekdays = "周一至周五 8:00-12:00，14:30-17:30（夏令时 15:00-18:00）";
    private const string VillageHours = "周一至周五 8:30-11:30，14:30-17:00；代办员可预约上门";
    private static readonly ServiceWindow[] NoWindows = [];

    public static IReadOnlyList<OrgUnit> All() =>
    [
        OrgUnit.Create(new(ProvinceCentre, "福建省网上办事大厅", OrgUnitKind.Centre, DemoRegions.Province, null,
            "网上办理（闽政通）", "全天候（7×24 小时）", "12345", NoWindows)),
        OrgUnit.Create(new(CityCentre, "宁德市行政服务中心", OrgUnitKind.Centre, DemoRegions.City, null,
            "宁德市蕉城区天湖东路 1 号", Weekdays, "0593-2822345",
            [new("1", "综合受理窗口", []), new("3", "交通运输窗口", [DemoDepartments.CityTransport])])),
        OrgUnit.Create(new(CountyCentre, "柘荣县行政服务中心", OrgUnitKind.Centre, DemoRegions.County, "11350926MB00003113",
            "柘荣县双城镇东源路 1 号", Weekdays + "；周六上午延时服务", "0593-8352345",
        [
            new("1", "综合受理窗口", []),
            new("5", "市场监管窗口", [DemoDepartments.MarketRegulation]),
            new("6", "卫生健康窗口", [DemoDepartments.Health]),
            new("7", "民政窗口", [DemoDepartments.CivilAffairs, DemoDepartments.DisabledPersons]),
            new("8", "消防救援窗口", [DemoDepartments.FireRescue]),
            new("10", "社会保障窗口", [DemoBundleMatters.HumanResources, DemoDepartments.MedicalInsurance]),
            new("11", "工程建设窗口", [DemoDepartments.Housing, DemoDepartments.Transport]),
            new("12", "公安户政窗口", [DemoBundleMatters.PublicSecurity]),
            new("9", "统一出件窗口", []),
        ])),
        OrgUnit.Create(new(TownCentre, "双城镇便民服务中心", OrgUnitKind.TownCentre, DemoRegions.Town, null,
            "柘荣县双城镇政府一楼", Weekdays, "0593-8351234",
            [new("1", "综合窗口", []), new("2", "社保医保窗口", []), new("3", "农房建设窗口", DemoDepartments.TownReviewers)])),
        OrgUnit.Create(new(SecondTownCentre, "富溪镇便民服务中心", OrgUnitKind.TownCentre, DemoRegions.SecondTown, null,
            "柘荣县富溪镇富溪街 8 号", Weekdays, "0593-8361234", [new("1", "综合窗口", [])])),
        OrgUnit.Create(new(TownshipCentre, "城郊乡便民服务中心", OrgUnitKind.TownCentre, DemoRegions.Township, null,
            "柘荣县城郊乡政府一楼", Weekdays, "0593-8371234", [new("1", "综合窗口", [])])),
        OrgUnit.Create(new(VillageStation, "溪坪村便民服务站", OrgUnitKind.VillageStation, DemoRegions.Village, null,
            "溪坪村村委会一楼", VillageHours, null, [new("1", "代办窗口", [])])),
        OrgUnit.Create(new(SecondTownStation, "前山村便民服务站", OrgUnitKind.VillageStation, DemoRegions.SecondTownVillage, null,
            "前山村村委会一楼", VillageHours, null, [new("1", "代办窗口", [])])),
        OrgUnit.Create(new(OtherCountyCentre, "福安市行政服务中心", OrgUnitKind.Centre, DemoRegions.OtherCounty, null,
            "福安市城南街道阳泉路 2 号", Weekdays, "0593-6362345",
            [new("1", "综合受理窗口", []), new("4", "市场监管窗口", [DemoDepartments.OtherMarketRegulation])])),
        OrgUnit.Create(new(OtherTownCentre, "赛岐镇便民服务中心", OrgUnitKind.TownCentre, DemoRegions.OtherTown, null,
            "福安市赛岐镇赛江路 1 号", Weekdays, "0593-6551234", [new("1", "综合窗口", [])])),
        OrgUnit.Create(new(OtherVillageStation, "桥头村便民服务站", OrgUnitKind.VillageStation, DemoRegions.OtherTownVillage, null,
            "桥头村村委会一楼", VillageHours, null, [new("1", "代办窗口", [])])),
    ];
}
