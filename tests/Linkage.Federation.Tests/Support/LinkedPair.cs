using Linkage.Testing;

namespace Linkage.Federation.Tests.Infrastructure;

/// <summary>Two deployments, the county 柘荣县 (less the town) and the town 双城镇, each with its own database and host on
/// a vhost of its own of the test broker, linked by exchange federation as two nodes are (decision 0536): each
/// direction logs in to the other's vhost as a user of its own, so the link is cut the way <c>./platform chaos-fault
/// link-cut</c> cuts it. No broker node to start: the short link cut of <c>./platform test</c>.</summary>
public sealed class LinkedPair : IAsyncLifetime
{
    private const string LinkPassword = "link-secret";

    public LinkedDeployment County { get; private set; } = null!;

    public LinkedDeployment Town { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await StartUnlinkedAsync();
        await LinkAsync();
    }

    /// <summary>Both deployments, no link between them yet; <paramref name="settings"/> for both hosts.</summary>
    public async Task StartUnlinkedAsync(IReadOnlyDictionary<string, string?>? settings = null)
    {
        var hosts = await Task.WhenAll(
            StartHostAsync(Tiers.CountyId, (Tiers.TownId, TierEvents.Up), settings),
            StartHostAsync(Tiers.TownId, (Tiers.CountyId, TierEvents.Down), settings));
        (County, Town) = (new(Tiers.CountyId, hosts[0]), new(Tiers.TownId, hosts[1]));
    }

    /// <summary>Both directions linked, each link's queue consumed on its sending side.</summary>
    public async Task LinkAsync()
    {
        await LinkAsync(County, Town);
        await LinkAsync(Town, County);
        foreach (var side in new[] { County, Town })
            await Wait.Until(async () => await side.Management.FederationQueuesConsumedAsync() ? "" : null, TimeSpan.FromSeconds(60));
    }

    public async Task DisposeAsync()
    {
        foreach (var side in new[] { Town, County }.Where(s => s is not null))
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

    /// <summary><paramref name="downstream"/>'s <c>linkage.in</c> federates the <c>linkage.out</c> of <paramref name="upstream"/>'s vhost (0646).</summary>
    private static async Task LinkAsync(LinkedDeployment upstream, LinkedDeployment downstream)
    {
        await upstream.Management.AddUserAsync(LinkUser(downstream), LinkPassword);
        var uri = new UriBuilder(TestEnvironment.Amqp)
        {
            UserName = LinkUser(downstream), Password = LinkPassword, Path = "/" + Uri.EscapeDataString(upstream.VirtualHost),
        }.Uri;
        await downstream.Management.SetUpstreamAsync($"from-{upstream.Id.AppId}", uri, 2);
        await downstream.Management.FederateExchangesAsync();
    }

    /// <summary>The user a deployment's links log in to the other side with; vhost names are unique, so is this.</summary>
    private static string LinkUser(LinkedDeployment downstream) => $"link-{downstream.VirtualHost}";

    private static Task<LinkageTestHost> StartHostAsync(FederationIdentity id, (FederationIdentity Id, Func<FederationIdentity, string[]> Sends) peer,
        IReadOnlyDictionary<string, string?>? settings) =>
        LinkageTestHost.StartAsync("all", configure: s =>
        {
            s["Linkage:ServesExcept"] = id.Except.Length == 0 ? null : id.Except;
            id.Configure(s);
            peer.Id.TrustedBy(s, peer.Sends);
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
