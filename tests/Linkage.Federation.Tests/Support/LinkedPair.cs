using Linkage.Testing;

namespace Linkage.Federation.Tests.Infrastructure;

/// <summary>Two deployments, the county 柘荣县 (less the town) and the town 双城镇, each with its own database and host on
/// a vhost of its own of the test broker, linked by exchange federation as two nodes are (decision 0536): each
/// direction logs in to the other's vhost as a user of its own, so the link is cut the way <c>./platform chaos-fault
/// link-cut</c> cuts it. No broker node to start: the short link cut of <c>./platform test</c>. With the city 宁德市
/// too, on a vhost of its own, linked to the county on its own (<see cref="LinkCityAsync"/>).</summary>
public sealed class LinkedPair : IAsyncLifetime
{
    private const string LinkPassword = "link-secret";

    public LinkedDeployment County { get; private set; } = null!;

    public LinkedDeployment Town { get; private set; } = null!;

    public LinkedDeployment? City { get; private set; }

    public async Task InitializeAsync()
    {
        await StartUnlinkedAsync();
        await LinkAsync();
    }

    /// <summary>Both deployments (and the city <paramref name="withCity"/>), no link between them yet; <paramref name="settings"/>
    /// for every host.</summary>
    public async Task StartUnlinkedAsync(bool withCity = false, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var hosts = await Task.WhenAll(withCity
            ? [StartHostAsync(Tiers.CountyId, settings, (Tiers.TownId, TierEvents.Up), (Tiers.CityId, TierEvents.Down)),
               StartHostAsync(Tiers.TownId, settings, (Tiers.CountyId, TierEvents.Down), (Tiers.CityId, TierEvents.DownPastTheParent)),
               StartHostAsync(Tiers.CityId, settings, (Tiers.CountyId, TierEvents.Up), (Tiers.TownId, TierEvents.Up))]
            : new[] { StartHostAsync(Tiers.CountyId, settings, (Tiers.TownId, TierEvents.Up)), StartHostAsync(Tiers.TownId, settings, (Tiers.CountyId, TierEvents.Down)) });
        (County, Town) = (new(Tiers.CountyId, hosts[0]), new(Tiers.TownId, hosts[1]));
        if (withCity) City = new(Tiers.CityId, hosts[2]);
    }

    /// <summary>Both directions linked, each link's queue consumed on its sending side.</summary>
    public Task LinkAsync() => LinkBothAsync(County, Town);

    /// <summary>The city and the county linked, both directions.</summary>
    public Task LinkCityAsync() => LinkBothAsync(City!, County);

    private static async Task LinkBothAsync(LinkedDeployment parent, LinkedDeployment child)
    {
        await LinkAsync(parent, child, fromParent: true);
        await LinkAsync(child, parent, fromParent: false);
        foreach (var side in new[] { parent, child })
            await Wait.Until(async () => await side.Management.FederationQueuesConsumedAsync() ? "" : null, TimeSpan.FromSeconds(60));
    }

    public async Task DisposeAsync()
    {
        foreach (var side in new[] { Town, County, City }.OfType<LinkedDeployment>())
        {
            await side.Management.DeleteUserAsync(LinkUser(side), missingIsFine: true);
            await side.Host.DisposeAsync();
        }
    }

    /// <summary>Both directions: each side's link user is removed from the other's vhost and its connections closed.</summary>
    public async Task CutAsync()
    {
        await County.Management.DeleteUserAsync(LinkUser(Town));
        await Town.Management.DeleteUserAsync(LinkUser(County));
        await County.Management.CloseConnectionsOfAsync(LinkUser(Town));
        await Town.Management.CloseConnectionsOfAsync(LinkUser(County));
    }

    public async Task RestoreAsync()
    {
        await County.Management.AddUserAsync(LinkUser(Town), LinkPassword);
        await Town.Management.AddUserAsync(LinkUser(County), LinkPassword);
    }

    /// <summary><paramref name="downstream"/> federates the <c>linkage.out</c> of <paramref name="upstream"/>'s vhost (0646):
    /// into its <c>linkage.in.down</c> <paramref name="fromParent"/>, else into its <c>linkage.in.up</c> (0686).</summary>
    private static async Task LinkAsync(LinkedDeployment upstream, LinkedDeployment downstream, bool fromParent)
    {
        await upstream.Management.AddUserAsync(LinkUser(downstream), LinkPassword);
        var uri = new UriBuilder(TestEnvironment.Amqp)
        {
            UserName = LinkUser(downstream), Password = LinkPassword, Path = "/" + Uri.EscapeDataString(upstream.VirtualHost),
        }.Uri;
        var name = $"from-{upstream.Id.AppId}";
        await downstream.Management.SetUpstreamAsync(name, uri, 2);
        await (fromParent ? downstream.Management.FederateParentAsync(name) : downstream.Management.FederateChildAsync(name));
    }

    /// <summary>The user a deployment's links log in to the other side with; vhost names are unique, so is this.</summary>
    private static string LinkUser(LinkedDeployment downstream) => $"link-{downstream.VirtualHost}";

    private static Task<LinkageTestHost> StartHostAsync(FederationIdentity id, IReadOnlyDictionary<string, string?>? settings,
        params (FederationIdentity Id, Func<FederationIdentity, string[]> Sends)[] peers) =>
        LinkageTestHost.StartAsync("all", configure: s =>
        {
            Tiers.Configure(s, id);
            foreach (var peer in peers) peer.Id.TrustedBy(s, peer.Sends);
            foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) s[key] = value;
        });
}

/// <summary>One side of a <see cref="LinkedPair"/>: its identity, host, and the management API of its vhost.</summary>
public sealed record LinkedDeployment(FederationIdentity Id, LinkageTestHost Host)
{
    public string VirtualHost { get; } = VirtualHostOf(Host);

    public NodeManagement Management { get; } = new(TestEnvironment.RabbitManagement, VirtualHostOf(Host));

    private static string VirtualHostOf(LinkageTestHost host) => Uri.UnescapeDataString(host.AmqpUri.AbsolutePath.Trim('/'));
}
