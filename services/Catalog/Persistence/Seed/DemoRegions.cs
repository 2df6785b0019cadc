using Linkage.Catalog.Domain;
using Linkage.Kernel;

namespace Linkage.Catalog.Persistence.Seed;

/// <summary>The demo province: Zherong county down to one village, and Fu'an as the neighbouring county
/// (out-of-scope cases). The Fu'an street and community names are illustrative.</summary>
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

    public static IReadOnlyList<Region> All() =>
    [
        R(Province, "福建省"),
        R(City, "宁德市"),
        R(County, "柘荣县"),
        R(Town, "双城镇"),
        R(Village, "溪坪村"),
        R(OtherCounty, "福安市"),
        R(OtherStreet, "城南街道"),
        R(OtherCommunity, "南门社区"),
    ];

    private static Region R(string code, string name) => Region.Create(DivisionCode.Parse(code), name);
}
