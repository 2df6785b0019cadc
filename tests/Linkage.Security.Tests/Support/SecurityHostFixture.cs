using Linkage.Security.Tests.Api;
using Linkage.Security.Tests.Endpoints;
using Linkage.Security.Tests.Matrix;

namespace Linkage.Security.Tests;

/// <summary>One real host with every module (PostgreSQL, RabbitMQ, Janus when <c>./platform test</c> exports it), its
/// endpoint table, and the targets seeded once for both suites.</summary>
public sealed class SecurityHostFixture : IAsyncLifetime
{
    public LinkageTestHost Host { get; private set; } = null!;

    public Targets Targets { get; private set; } = null!;

    public IReadOnlyList<ApiEndpoint> Endpoints { get; private set; } = [];

    public DatabaseFingerprint Fingerprint { get; private set; } = null!;

    public OpenApiDocuments Documents { get; private set; } = null!;

    /// <summary>An integrator's endpoint on loopback, allow-listed, answering every delivery at once: the walk's webhook
    /// subscriptions point here, so their deliveries succeed and nothing is retried in the background.</summary>
    public WebhookReceiver Receiver { get; } = new();

    /// <summary>Two towns no suite uses, run by deployments of their own (<c>Linkage:ServesExcept</c>): the walk hands their
    /// rolled-up state to supervision.</summary>
    public static readonly string[] DelegatedTowns = ["350926104000", "350926105000"];

    public async Task InitializeAsync()
    {
        await Receiver.StartAsync();
        Host = await LinkageTestHost.StartAsync(configure: settings =>
        {
            Janus(settings);
            settings["Webhooks:AllowedOrigins:0"] = Receiver.Origin;
            settings["Linkage:ServesExcept"] = string.Join(',', DelegatedTowns);
        });
        Endpoints = EndpointTable.Of(Host.Services);
        Documents = await OpenApiDocuments.LoadAsync(Host, Endpoints);
        Fingerprint = new DatabaseFingerprint(Host.ConnectionString);
        Targets = await new TargetSeeder(Host).SeedAsync();
        await SettledAsync();
    }

    /// <summary>Waits until the events the seeding started have all been applied: two fingerprints a moment apart agree.</summary>
    public async Task SettledAsync()
    {
        var last = await Fingerprint.TakeAsync();
        await Wait.Until(async () =>
        {
            await Task.Delay(500);
            var now = await Fingerprint.TakeAsync();
            var same = DatabaseFingerprint.Changed(last, now).Count == 0;
            last = now;
            return same;
        }, TimeSpan.FromSeconds(60));
    }

    public async Task DisposeAsync()
    {
        if (Host is not null) await Host.DisposeAsync(); // null when the start failed
        await Receiver.DisposeAsync();
    }

    /// <summary>Janus when exported; supervision's deadline sweep off and the audit heads signed only at start (the seeding's
    /// heads would otherwise be signed a minute later, in the middle of a suite), so nothing moves the tables between
    /// fingerprints.</summary>
    private static void Janus(Dictionary<string, string?> settings)
    {
        settings["Linkage:Supervision:Sweep"] = "false";
        settings["Linkage:Audit:HeadInterval"] = "01:00:00";
        foreach (var (key, variable) in new[]
        {
            ("Url", "LINKAGE_TEST_JANUS_URL"), ("AdminUrl", "LINKAGE_TEST_JANUS_ADMIN_URL"), ("ApiSecret", "LINKAGE_TEST_JANUS_API_SECRET"),
            ("AdminSecret", "LINKAGE_TEST_JANUS_ADMIN_SECRET"), ("RoomAdminKey", "LINKAGE_TEST_JANUS_ROOM_ADMIN_KEY"),
        })
            if (Environment.GetEnvironmentVariable(variable) is { Length: > 0 } value) settings[$"Linkage:Janus:{key}"] = value;
    }
}

[CollectionDefinition(Name)]
public sealed class SecurityCollection : ICollectionFixture<SecurityHostFixture>
{
    public const string Name = "security";
}
