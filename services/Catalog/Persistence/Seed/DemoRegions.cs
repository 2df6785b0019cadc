using Linkage.Catalog.Domain;
using Linkage.Kernel;

namespace Linkage.Catalog.Persistence.Seed;

/// <summary>The demo province: 宁德市 with two counties, Zherong (three towns) and Fu'an (a street and two towns), each
/// town with a village or community or two. Codes follow the national scheme (town 001–099 street, 100–199 town,
/// 200–399 township; village 001–199 community, 200–399 village); names below the county are illustrative.</summary>
public static class DemoRegions
{
    public const string Province = "350000000000";
    public const string City = "350900000000";
    public const string County = "350926000000";
    public const string Town = "350926100000";
    public const string Village = "350926100201";
    public const string OtherCounty = "350981000000";
    public const string OtherStreet = "350981001000";
    public const string OtherCommunity = "350981001001";

    public const string Community = "350926100001";
    public const string SecondVillage = "350926100202";
    public const string SecondTown = "350926101000";
    public const string SecondTownVillage = "350926101201";
    public const string Township = "350926200000";
    public const string TownshipVillage = "350926200201";
    public const string OtherTown = "350981100000";
    public const string OtherTownVillage = "350981100201";

    public static IReadOnlyList<Region> All() =>
    [
        R(Province, "福建省"),
        R(City, "宁德市"),
        R(County, "柘荣县"),
        R(Town, "双城镇"),
        R(Village, "溪坪村"),
        R(Community, "城西社区"),
        R(SecondVillage, "靴岭尾村"),
        R(SecondTown, "富溪镇"),
        R(SecondTownVillage, "前山村"),
        R("350926101202", "洋头村"),
        R(Township, "城郊乡"),
        R(TownshipVillage, "际头村"),
        R(OtherCounty, "福安市"),
        R(OtherStreet, "城南街道"),
        R(OtherCommunity, "南门社区"),
        R("350981001002", "阳泉社区"),
        R(OtherTown, "赛岐镇"),
        R(OtherTownVillage, "桥头村"),
        R("350981101000", "穆阳镇"),
        R("350981101201", "苏堤村"),
    ];

    private static Region R(string code, string name) => Region.Create(DivisionCode.Parse(code), name);
}
