using Linkage.Federation.Tests.Infrastructure;
using static Linkage.Federation.Tests.Api;

namespace Linkage.Federation.Tests;

/// <summary>Decision 0670: "routed" means the link towards the target took it. The county's roll-up for the city is
/// not taken by the town's link (the town binds only its own subtree): while the city's link is missing it comes back
/// from the broker and stays pending in the county's outbox, and it crosses once the link appears.</summary>
public sealed class RightNeighbourTests
{
    private const string ForTheCity =
        "FROM supervision.outbox_messages WHERE kind = 'federation' AND target_division = '350900000000'";

    private static readonly TimeSpan Crossing = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task The_countys_roll_up_for_the_city_is_not_routed_by_the_towns_link_and_crosses_once_the_citys_link_appears()
    {
        var tiers = new LinkedPair();
        try
        {
            await tiers.StartUnlinkedAsync(withCity: true);
            await tiers.LinkAsync();                                            // county ⇄ town only
            var (county, city) = (tiers.County.Host, tiers.City!.Host);
            var id = await SubmitAtStationAsync(tiers.Town.Host);
            await county.Eventually(async () => await StatusAsync(county, id), Crossing);
            await county.Eventually(async () => (await RollUp.CountyOwnAsync(county)).Received >= 1 ? "" : null, Crossing);

            await county.Eventually(async () => await CountAsync(county, $"SELECT count(*) {ForTheCity} AND attempts >= 2") >= 1, Crossing);
            Assert.Equal(0, await CountAsync(county, $"SELECT count(*) {ForTheCity} AND dispatched_at IS NOT NULL"));
            Assert.All(await StringsAsync(county, $"SELECT last_error {ForTheCity} AND attempts >= 1"), e => Assert.Contains("Return", e));
            Assert.Equal(RollUp.Counted.None, await RollUp.CityByChildRegionAsync(city));

            await tiers.LinkCityAsync();
            var own = await RollUp.CountyOwnAsync(county);
            await city.Eventually(async () => await RollUp.CityByChildRegionAsync(city) == own ? "" : null, Crossing);
            await county.Eventually(async () => await CountAsync(county, $"SELECT count(*) {ForTheCity} AND dispatched_at IS NULL") == 0, Crossing);
            Assert.Equal(0, await tiers.City.Management.MessageCountAsync($"{tiers.City.Id.AppId}-quarantine"));
        }
        finally
        {
            await tiers.DisposeAsync();
        }
    }
}
