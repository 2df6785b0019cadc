using Linkage.Testing;

namespace Linkage.Federation.Tests.Infrastructure;

/// <summary>Three deployments as <c>./platform up --tiers</c> runs them: the city 宁德市 (350900, less the county), the
/// county 柘荣县 (350926, less the town) and the town 双城镇 (350926100, with its village stations). Each has its own
/// database, its own RabbitMQ node, its own host, app id, <c>Serves</c> and SM2 key, and trusts the other two for
/// what they serve and the event types they may send down or up (<see cref="TierEvents"/>). Links: RabbitMQ exchange federation county⇄town and city⇄county (max 2 hops), each direction
/// logging in to the upstream node as a user of its own, so one link can be cut alone. Shared by the tests of a class.</summary>
public sealed class Tiers : IAsyncLifetime
{
    public static readonly FederationIdentity CityId = FederationIdentity.Create("city-350900", "350900000000", except: "350926000000");
    public static readonly FederationIdentity CountyId = FederationIdentity.Create("county-350926", "350926000000", except: "350926100000");
    public static readonly FederationIdentity TownId = FederationIdentity.Create("town-350926100", "350926100000");

    public TierDeployment City { get; private set; } = null!;

    public TierDeployment County { get; private set; } = null!;

    public TierDeployment Town { get; private set; } = null!;

    private RabbitNode[] nodes = [];

    public async Task InitializeAsync()
    {
        nodes = await Task.WhenAll(RabbitNode.StartAsync("city"), RabbitNode.StartAsync("county"), RabbitNode.StartAsync("town"));
        var (city, county, town) = (nodes[0], nodes[1], nodes[2]);
        await LinkAsync(city, county);
        await LinkAsync(county, town);
        var hosts = await Task.WhenAll(
            StartHostAsync(city, CityId, (CountyId, TierEvents.Up), (TownId, TierEvents.Up)),
            StartHostAsync(county, CountyId, (CityId, TierEvents.Down), (TownId, TierEvents.Up)),
            StartHostAsync(town, TownId, (CityId, TierEvents.DownPastTheParent), (CountyId, TierEvents.Down)));
        (City, County, Town) = (new(CityId, city, hosts[0]), new(CountyId, county, hosts[1]), new(TownId, town, hosts[2]));
        foreach (var node in nodes)                                          // one link per neighbour: its linkage.in.up or .down (0686)
            await Wait.Until(async () => await node.Management.RunningLinksAsync() >= (node == county ? 2 : 1), TimeSpan.FromSeconds(60));
    }

    public async Task DisposeAsync()
    {
        foreach (var tier in new[] { Town, County, City }.Where(t => t is not null)) await tier.Host.DisposeAsync();
        foreach (var node in nodes) await node.DisposeAsync();
    }

    /// <summary>Stops both directions of the link between two neighbours: each side's link user is removed from the
    /// upstream node and its connection closed, so the link cannot log in again. The link queues stay where they are.</summary>
    public static async Task CutAsync(TierDeployment a, TierDeployment b)
    {
        await a.Node.Management.DeleteUserAsync(LinkUser(b.Node));
        await b.Node.Management.DeleteUserAsync(LinkUser(a.Node));
        await a.Node.Management.CloseConnectionsOfAsync(LinkUser(b.Node));
        await b.Node.Management.CloseConnectionsOfAsync(LinkUser(a.Node));
    }

    public static async Task RestoreAsync(TierDeployment a, TierDeployment b)
    {
        await a.Node.Management.AddUserAsync(LinkUser(b.Node), LinkPassword);
        await b.Node.Management.AddUserAsync(LinkUser(a.Node), LinkPassword);
    }

    /// <summary>Cuts the link, runs <paramref name="during"/> and restores the link even when it failed, so one failed
    /// test does not leave the shared tiers cut for the tests after it.</summary>
    public static async Task WhileCutAsync(TierDeployment a, TierDeployment b, Func<Task> during)
    {
        await CutAsync(a, b);
        try
        {
            await during();
        }
        finally
        {
            await RestoreAsync(a, b);
        }
    }

    private const string LinkPassword = "link-secret";

    private static string LinkUser(RabbitNode downstream) => $"link-{downstream.AmqpPort}";

    /// <summary>Each node federates the other's <c>linkage.out</c> (decision 0646): the <paramref name="parent"/>'s
    /// <c>linkage.in.up</c> its child's, the <paramref name="child"/>'s <c>linkage.in.down</c> its parent's (0686).</summary>
    private static async Task LinkAsync(RabbitNode parent, RabbitNode child)
    {
        await parent.Management.AddUserAsync(LinkUser(child), LinkPassword);
        await child.Management.AddUserAsync(LinkUser(parent), LinkPassword);
        await parent.Management.SetUpstreamAsync($"from-{child.AmqpPort}", new Uri($"amqp://{LinkUser(parent)}:{LinkPassword}@127.0.0.1:{child.AmqpPort}/%2F"), 2);
        await child.Management.SetUpstreamAsync($"from-{parent.AmqpPort}", new Uri($"amqp://{LinkUser(child)}:{LinkPassword}@127.0.0.1:{parent.AmqpPort}/%2F"), 2);
        await parent.Management.FederateChildAsync($"from-{child.AmqpPort}");
        await child.Management.FederateParentAsync($"from-{parent.AmqpPort}");
    }

    /// <summary>A tier's host trusting each of <paramref name="peers"/> for the event types it may send, each for its
    /// subtree (decisions 0548, 0612).</summary>
    private static Task<LinkageTestHost> StartHostAsync(
        RabbitNode node, FederationIdentity id, params (FederationIdentity Peer, Func<FederationIdentity, string[]> Sends)[] peers) =>
        LinkageTestHost.StartAsync("all", configure: s =>
        {
            s["Linkage:RabbitMq:Uri"] = node.AmqpUri.ToString();
            Configure(s, id);
            foreach (var (peer, sends) in peers) peer.TrustedBy(s, sends);
        });

    /// <summary>A tier's own settings as <c>scripts/tiers.sh</c> sets them: identity, the subtree it delegates, the
    /// county's relay of its town's events for the city (0670), nothing above the city (0647), roll-ups each second.</summary>
    internal static void Configure(Dictionary<string, string?> s, FederationIdentity id)
    {
        s["Linkage:ServesExcept"] = id.Except.Length == 0 ? null : id.Except;
        if (id == CountyId) s["Linkage:Federation:Relays"] = $"{CityId.Serves}!{CountyId.Serves}";
        if (id == CityId) s["Linkage:Federation:ReportsTo"] = "none";
        s["Linkage:Supervision:RollUpInterval"] = "00:00:01";
        id.Configure(s);
    }
}

/// <summary>One tier's deployment: its identity, RabbitMQ node and host.</summary>
public sealed record TierDeployment(FederationIdentity Id, RabbitNode Node, LinkageTestHost Host);
