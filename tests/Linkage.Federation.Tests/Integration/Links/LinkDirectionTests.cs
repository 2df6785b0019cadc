using Linkage.Federation.Tests.Infrastructure;
using Linkage.Messaging;
using Linkage.Testing;
using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;

namespace Linkage.Federation.Tests;

/// <summary>Decision 0686: each direction has its own inbound exchange, so a link carries only its direction's
/// bindings. The county relays the town's events up to the city (<c>Relays</c>) and the city's down to the town
/// (<c>ServesExcept</c>): the town's link takes the relay up, the city's link does not. Before, both links carried
/// every binding of the county's one <c>linkage.in</c>, so the city's event for another county of its own was routed
/// by the county's link (<c>mandatory</c> met) and dropped at the county.</summary>
public sealed class LinkDirectionTests
{
    private const string Probe = "linkage.test.direction.v1";

    [Fact]
    public async Task The_countys_relay_up_rides_on_the_towns_link_only_and_the_citys_event_for_another_county_comes_back()
    {
        var tiers = new LinkedPair();
        try
        {
            await tiers.StartUnlinkedAsync(withCity: true);
            await tiers.LinkAsync();
            await tiers.LinkCityAsync();
            var relayUp = LinkRoutingKeys.Within(new DivisionScope([Tiers.CityId.Serves], [Tiers.CountyId.Serves]));
            var countyOwn = LinkRoutingKeys.Within(new DivisionScope([Tiers.CountyId.Serves], [Tiers.CountyId.Except]));
            var townDown = Assert.Single(LinkRoutingKeys.Within(new DivisionScope([Tiers.TownId.Serves])));

            var fromCity = await LinkKeysAsync(tiers.City!, keys => countyOwn.All(keys.Contains) && keys.Contains(townDown));
            Assert.Empty(fromCity.Intersect(relayUp));
            var fromTown = await LinkKeysAsync(tiers.Town, keys => countyOwn.All(keys.Contains) && relayUp.All(keys.Contains));
            Assert.DoesNotContain(townDown, fromTown);

            await using var city = await new ConnectionFactory { Uri = tiers.City!.Host.AmqpUri }.CreateConnectionAsync();
            await using var channel = await city.CreateChannelAsync(new CreateChannelOptions(true, true));
            await PublishAsync(channel, "350926001000");                          // the county's own: its link takes it
            await Assert.ThrowsAsync<PublishReturnException>(() => PublishAsync(channel, "350921001000")); // 霞浦县: no link leads there
        }
        finally
        {
            await tiers.DisposeAsync();
        }
    }

    /// <summary>The routing keys the links of other vhosts have bound on <paramref name="side"/>'s <c>linkage.out</c>,
    /// once <paramref name="complete"/>: federation binds a link's keys soon after the link starts.</summary>
    private static Task<List<string>> LinkKeysAsync(LinkedDeployment side, Func<List<string>, bool> complete) =>
        Wait.Until(async () => (await side.Management.BindingsFromAsync("linkage.out"))
                .Where(b => b.Destination.StartsWith("federation:", StringComparison.Ordinal)).Select(b => b.Key).ToList(),
            complete, TimeSpan.FromSeconds(60), $"the links' bindings on {side.Id.AppId}'s linkage.out");

    private static async Task PublishAsync(IChannel channel, string division) =>
        await channel.BasicPublishAsync("linkage.out", LinkRoutingKeys.For(division, Probe), mandatory: true,
            new BasicProperties { DeliveryMode = DeliveryModes.Persistent }, "{}"u8.ToArray());
}
