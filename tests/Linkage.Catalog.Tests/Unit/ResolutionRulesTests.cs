using Linkage.Catalog.Domain;
using Linkage.Catalog.Domain.Rules;
using Linkage.Catalog.Persistence.Seed;
using Linkage.Kernel;

namespace Linkage.Catalog.Tests.Unit;

public sealed class ResolutionRulesTests
{
    private static readonly IReadOnlyDictionary<string, OrgUnit> Units = DemoOrgUnits.All().ToDictionary(u => u.Id);
    private static readonly Implementation FoodPermit = Implementation.Create(Drafts.FoodPermit);

    [Fact]
    public void The_walk_goes_from_the_village_to_the_province_nearest_first()
    {
        var chain = DivisionTree.SelfAndAncestors(DivisionCode.Parse("350926100201"));
        Assert.Equal(["350926100201", "350926100000", "350926000000", "350900000000", "350000000000"], chain);
    }

    [Fact]
    public void A_province_administered_county_walks_straight_to_the_province()
    {
        var chain = DivisionTree.SelfAndAncestors(DivisionCode.Parse("429004001000"));   // 仙桃市 沙嘴街道
        Assert.Equal(["429004001000", "429004000000", "420000000000"], chain);
    }

    [Fact]
    public void The_nearest_implementing_unit_wins()
    {
        var chain = DivisionTree.SelfAndAncestors(DivisionCode.Parse("350926100201"));
        var atProvince = new Candidate(FoodPermit, Units[DemoOrgUnits.ProvinceCentre]);
        var atCounty = new Candidate(FoodPermit, Units[DemoOrgUnits.CountyCentre]);
        var elsewhere = new Candidate(FoodPermit, Units[DemoOrgUnits.OtherCountyCentre]);

        Assert.Same(atCounty, NearestUnitPolicy.Choose(chain, [atProvince, elsewhere, atCounty]));
        Assert.Same(atProvince, NearestUnitPolicy.Choose(chain, [atProvince, elsewhere]));
        Assert.Null(NearestUnitPolicy.Choose(chain, [elsewhere]));
    }

    [Fact]
    public void The_highest_effective_version_is_current()
    {
        var v2 = Implementation.Create(Drafts.FoodPermit with { Version = 2, EffectiveFrom = new DateOnly(2030, 1, 1) });
        var unit = Units[DemoOrgUnits.CountyCentre];
        Assert.Equal(1, CurrentVersionPolicy.Current([new Candidate(FoodPermit, unit), new Candidate(v2, unit)], new DateOnly(2029, 12, 31)).Single().Entry.Version);
        Assert.Equal(2, CurrentVersionPolicy.Current([FoodPermit, v2], new DateOnly(2030, 1, 1))!.Version);
    }

    [Theory]
    [InlineData(DemoOrgUnits.VillageStation, true)]     // a station in the county's subtree
    [InlineData(DemoOrgUnits.TownCentre, true)]         // a town centre in the subtree
    [InlineData(DemoOrgUnits.CountyCentre, false)]      // the competent unit itself takes it directly
    [InlineData(DemoOrgUnits.CityCentre, false)]        // a centre above is no proxy
    [InlineData(DemoOrgUnits.OtherCountyCentre, false)] // another county
    public void A_village_station_or_town_centre_inside_the_subtree_may_take_it_by_proxy(string submitting, bool allowed)
    {
        var rule = new VillageProxyPolicy(FoodPermit, Units[DemoOrgUnits.CountyCentre], Units[submitting]);
        Assert.Equal(allowed, rule.Allows());
    }

    [Fact]
    public void A_station_outside_the_competent_units_subtree_may_not()
    {
        var station = OrgUnit.Create(new("ou-350981001001-station", "南门社区便民服务站", OrgUnitKind.VillageStation,
            "350981001001", null, "", "", null, []));
        Assert.False(new VillageProxyPolicy(FoodPermit, Units[DemoOrgUnits.CountyCentre], station).Allows());
    }

    [Fact]
    public void No_proxy_when_the_entry_does_not_allow_it()
    {
        var noProxy = Implementation.Create(Drafts.FoodPermit with { ProxyAllowed = false });
        Assert.False(new VillageProxyPolicy(noProxy, Units[DemoOrgUnits.CountyCentre], Units[DemoOrgUnits.VillageStation]).Allows());
        Assert.False(new VillageProxyPolicy(FoodPermit, Units[DemoOrgUnits.CountyCentre], null).Allows());
    }
}
