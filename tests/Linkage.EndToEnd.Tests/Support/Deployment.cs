using Linkage.Testing;

namespace Linkage.EndToEnd.Tests;

/// <summary>A whole deployment as separate processes: the host (all modules, or one process per module)
/// and the gateway, on loopback, against a fresh database and RabbitMQ vhost; migrated and seeded.</summary>
public sealed class Deployment : IAsyncDisposable
{
    public static readonly string[] Modules = ["catalog", "intake", "approval", "certificates", "videoreview", "ratings", "supervision", "fees", "hall", "office", "webhooks"];

    private readonly List<ServiceProcess> processes = [];
    private TestDatabase? database;
    private TestVirtualHost? vhost;

    public Uri Gateway { get; private set; } = null!;

    public Uri GatewayGrpc { get; private set; } = null!;

    public IReadOnlyDictionary<string, string> Environment { get; private set; } = null!;

    /// <summary>This deployment's RabbitMQ vhost (its <c>_error</c> queues, say).</summary>
    public TestVirtualHost VirtualHost => vhost!;

    /// <param name="logLevel">Every process's default log level; Information logs each request and message.</param>
    /// <param name="personalIdKey">base64; the key of the ID-number digest, when an OpenID provider beside the deployment
    /// must compute the same <c>idn_digest</c> (a fresh key otherwise)</param>
    public static async Task<Deployment> StartAsync(bool split, string logLevel = "Warning", string? personalIdKey = null)
    {
        var deployment = new Deployment();
        try { await deployment.LaunchAsync(split, logLevel, personalIdKey); }
        catch { await deployment.DisposeAsync(); throw; }
        return deployment;
    }

    private async Task LaunchAsync(bool split, string logLevel, string? personalIdKey)
    {
        database = await TestDatabase.CreateAsync();
        vhost = await TestVirtualHost.CreateAsync();
        var ports = Modules.ToDictionary(m => m, _ => split ? (Http: FreePort.Next(), Grpc: FreePort.Next()) : default);
        var shared = (Http: FreePort.Next(), Grpc: FreePort.Next());
        if (!split) foreach (var m in Modules) ports[m] = shared;

        var environment = new Dictionary<string, string>(DeploymentEnvironment.Common(database.AppConnectionString, vhost.AmqpUri, ports))
            { ["Logging__LogLevel__Default"] = logLevel };
        if (personalIdKey is not null) environment["Linkage__PersonalIdKey"] = personalIdKey;
        Environment = environment;
        await ServiceProcess.RunAsync("migrate", RepoPaths.HostDll,
            new Dictionary<string, string>(Environment) { ["ConnectionStrings__Linkage"] = database.MigratorConnectionString }, "migrate");
        await ServiceProcess.RunAsync("seed", RepoPaths.HostDll, Environment, "seed");

        var hosts = split ? Modules.Select(m => (Name: m, Ports: ports[m])).ToList() : [("all", shared)];
        foreach (var (name, (http, grpc)) in hosts)
            processes.Add(ServiceProcess.Start($"host-{name}", RepoPaths.HostDll,
                DeploymentEnvironment.ForHost(Environment, name, http, grpc)));
        var gateway = (Http: FreePort.Next(), Grpc: FreePort.Next());
        processes.Add(ServiceProcess.Start("gateway", RepoPaths.GatewayDll, DeploymentEnvironment.ForGateway(Environment, ports, gateway)));
        (Gateway, GatewayGrpc) = (new Uri($"http://127.0.0.1:{gateway.Http}"), new Uri($"http://127.0.0.1:{gateway.Grpc}"));

        foreach (var (name, (http, _)) in hosts) await WaitReadyAsync(new Uri($"http://127.0.0.1:{http}"), name);
        await WaitReadyAsync(Gateway, "gateway");
    }

    private async Task WaitReadyAsync(Uri baseAddress, string name)
    {
        using var client = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (DateTime.UtcNow < deadline)
        {
            if (processes.FirstOrDefault(p => p.HasExited) is { } dead)
                throw new InvalidOperationException($"{dead.Name} exited during start-up:\n{dead.Log()}");
            try { if ((await client.GetAsync("/healthz/ready")).IsSuccessStatusCode) return; }
            catch (HttpRequestException) { }
            catch (TaskCanceledException) { }
            await Task.Delay(250);
        }
        throw new TimeoutException($"{name} was not ready within 90 s:\n{string.Join("\n", processes.Select(p => $"--- {p.Name}\n{p.Log()}"))}");
    }

    public string Logs() => string.Join("\n", processes.Select(p => $"--- {p.Name}\n{p.Log()}"));

    public async ValueTask DisposeAsync()
    {
        foreach (var process in processes) await process.DisposeAsync();
        if (vhost is not null) await vhost.DisposeAsync();
        if (database is not null) await database.DisposeAsync();
    }
}
