using System.Net.Http.Headers;
using Linkage.Host;
using Linkage.Host.Commands;
using Linkage.Kernel;
using Linkage.ServiceDefaults.Auth;
using Linkage.ServiceDefaults.Modules;
using Microsoft.AspNetCore.Builder;

namespace Linkage.Testing;

/// <summary>The real host, in process, on loopback ports, against a fresh database and RabbitMQ vhost,
/// migrated and seeded with the demo province.</summary>
public sealed class LinkageTestHost : IAsyncDisposable
{
    private readonly TestDatabase database;
    private readonly TestVirtualHost vhost;
    private readonly WebApplication app;
    private readonly DevTokenIssuer tokens;
    private readonly IReadOnlyList<DemoUser> users;
    private readonly byte[] personalIdKey;
    private readonly Dictionary<string, string?> settings;
    private readonly bool ownsStores;

    private LinkageTestHost(TestDatabase database, TestVirtualHost vhost, WebApplication app, Uri http, Uri grpc,
        Dictionary<string, string?> settings, bool ownsStores = true)
    {
        (this.database, this.vhost, this.app, HttpAddress, GrpcAddress) = (database, vhost, app, http, grpc);
        (this.settings, this.ownsStores) = (settings, ownsStores);
        personalIdKey = PersonalIdKey.From(app.Configuration);
        tokens = new DevTokenIssuer(AuthSettings.From(app.Configuration), personalIdKey);
        users = TokenCommand.DemoUsers(app);
    }

    public Uri HttpAddress { get; }

    public Uri GrpcAddress { get; }

    public IServiceProvider Services => app.Services;

    /// <summary>The superuser's connection to this host's database, for a test's own reads and set-ups; the host
    /// itself connects as the runtime login (<see cref="TestDatabase.AppConnectionString"/>).</summary>
    public string ConnectionString => database.ConnectionString;

    /// <summary>This host's RabbitMQ vhost: another host pointed at it (<c>Linkage:Federation:RabbitMqUri</c>) shares its federation bus.</summary>
    public Uri AmqpUri => vhost.AmqpUri;

    public static async Task<LinkageTestHost> StartAsync(
        string modules = "all", bool seed = true, Action<Dictionary<string, string?>>? configure = null)
    {
        var database = await TestDatabase.CreateAsync();
        var vhost = await TestVirtualHost.CreateAsync();
        var (httpPort, grpcPort) = (FreePort.Next(), FreePort.Next());
        var settings = TestHostSettings.Create(modules, database.AppConnectionString, vhost.AmqpUri, httpPort, grpcPort,
            TestHostSettings.NewKey(), TestHostSettings.NewKey());
        configure?.Invoke(settings);

        await MigrateAsync(settings, database.MigratorConnectionString);
        var (app, selected) = LinkageApp.Build(["--environment", "Development"], settings);
        if (seed) await SeedCommand.RunAsync(app.Services, selected);
        await app.StartAsync();
        return new LinkageTestHost(database, vhost, app, new Uri($"http://127.0.0.1:{httpPort}"), new Uri($"http://127.0.0.1:{grpcPort}"), settings);
    }

    /// <summary>A second host on this one's database and vhost, with its settings and keys but ports of its own, as a
    /// second process of a split deployment or a replica: its consumers compete with this one's for the queues, its
    /// sweeps and requests write beside them. Disposing it leaves the database and the vhost to this host.</summary>
    public async Task<LinkageTestHost> BesideAsync()
    {
        var (httpPort, grpcPort) = (FreePort.Next(), FreePort.Next());
        var beside = new Dictionary<string, string?>(settings)
        {
            ["Kestrel:Endpoints:Http:Url"] = $"http://127.0.0.1:{httpPort}",
            ["Kestrel:Endpoints:Grpc:Url"] = $"http://127.0.0.1:{grpcPort}",
        };
        var (app, _) = LinkageApp.Build(["--environment", "Development"], beside);
        await app.StartAsync();
        return new LinkageTestHost(database, vhost, app, new Uri($"http://127.0.0.1:{httpPort}"), new Uri($"http://127.0.0.1:{grpcPort}"),
            beside, ownsStores: false);
    }

    /// <summary>As <c>./platform</c> does (decision 0534): the migrator login migrates, the host runs as the runtime login.</summary>
    private static async Task MigrateAsync(Dictionary<string, string?> settings, string migratorConnectionString)
    {
        var (migrator, selected) = LinkageApp.Build(["--environment", "Development"],
            new Dictionary<string, string?>(settings) { ["ConnectionStrings:Linkage"] = migratorConnectionString });
        await using (migrator) await MigrateCommand.RunAsync(migrator.Services, selected);
    }

    public string TokenFor(string demoUser) =>
        tokens.Issue(users.FirstOrDefault(u => u.UserName == demoUser)
            ?? throw new ArgumentException($"No demo user '{demoUser}'.", nameof(demoUser)), TimeSpan.FromHours(1));

    public string TokenFor(DemoUser user) => tokens.Issue(user, TimeSpan.FromHours(1));

    public HttpClient CreateClient(string? demoUser = null)
    {
        var client = new HttpClient { BaseAddress = HttpAddress, Timeout = TimeSpan.FromSeconds(30) };
        if (demoUser is not null)
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TokenFor(demoUser));
        return client;
    }

    public string DigestOf(string idNumber) => PersonalIdDigest.Compute(idNumber.ToUpperInvariant(), personalIdKey);

    public Task<T> Eventually<T>(Func<Task<T?>> probe, TimeSpan? timeout = null) => Wait.Until(probe, timeout);

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
        if (!ownsStores) return;
        await vhost.DisposeAsync();
        await database.DisposeAsync();
    }
}
