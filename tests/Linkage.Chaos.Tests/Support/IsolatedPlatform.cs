using System.Diagnostics;
using Linkage.Testing;

namespace Linkage.Chaos.Tests;

/// <summary>A <c>./platform</c> of its own: its own state folder (PostgreSQL cluster, RabbitMQ node and epmd, Janus,
/// host, gateway, and the three tiers' nodes, hosts and gateways) on a block of free ports, so faults hit only
/// processes this test started. Uses the binaries the test run built (<c>LINKAGE_CHAOS_PREBUILT</c>); <c>down</c>
/// stops everything by PID afterwards.</summary>
public sealed class IsolatedPlatform : IAsyncDisposable
{
    private readonly string repo;
    private readonly Dictionary<string, string> environment;

    public IsolatedPlatform()
    {
        repo = Environment.GetEnvironmentVariable("LINKAGE_REPO") is { Length: > 0 } r
            ? r
            : throw new InvalidOperationException("LINKAGE_REPO is not set. Run the tests through ./platform test.");
        State = Path.Combine(Path.GetTempPath(), "linkage-chaos-" + Guid.NewGuid().ToString("N")[..8]);
        var b = FreePort.Block(200); // the three tiers of the link cut take +140 to +186
        environment = new Dictionary<string, string>
        {
            ["LINKAGE_STATE"] = State, ["LINKAGE_CHAOS_PREBUILT"] = "1",
            ["LINKAGE_PG_PORT"] = $"{b}", ["LINKAGE_AMQP_PORT"] = $"{b + 1}", ["LINKAGE_EPMD_PORT"] = $"{b + 3}",
            ["LINKAGE_MGMT_PORT"] = $"{b + 4}", ["LINKAGE_CTL_MIN"] = $"{b + 10}",
            ["LINKAGE_GATEWAY_PORT"] = $"{b + 30}", ["LINKAGE_GATEWAY_GRPC_PORT"] = $"{b + 31}", ["LINKAGE_HOST_PORT"] = $"{b + 32}",
            ["LINKAGE_SPLIT_PORT"] = $"{b + 40}", ["LINKAGE_JANUS_PORT"] = $"{b + 60}", ["LINKAGE_JANUS_RTP_RANGE"] = $"{b + 70}-{b + 89}",
            ["LINKAGE_TIERS_PORT"] = $"{b + 140}", ["LINKAGE_OIDC_PORT"] = $"{b + 95}",
        };
    }

    public string State { get; }

    public string Log => Path.Combine(State, "platform-run.log");

    /// <summary>Runs <c>./platform</c> with these arguments; its output goes to <see cref="Log"/>.</summary>
    public async Task<int> RunAsync(params string[] args)
    {
        Directory.CreateDirectory(State);
        var start = new ProcessStartInfo(Path.Combine(repo, "platform"), args)
        {
            RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = repo,
        };
        foreach (var (key, value) in environment) start.Environment[key] = value;
        using var process = Process.Start(start) ?? throw new InvalidOperationException("./platform did not start.");
        await using var log = new StreamWriter(Log, append: true) { AutoFlush = true };
        var output = Copy(process.StandardOutput, log);
        var errors = Copy(process.StandardError, log);
        await process.WaitForExitAsync();
        await Task.WhenAll(output, errors);
        return process.ExitCode;
    }

    public async ValueTask DisposeAsync()
    {
        await RunAsync("down");
        try
        {
            Directory.Delete(State, recursive: true);
        }
        catch (IOException)
        {
            // a file still held open: the temporary folder is left behind
        }
    }

    private static async Task Copy(StreamReader from, StreamWriter to)
    {
        while (await from.ReadLineAsync() is { } line)
            lock (to) to.WriteLine(line);
    }
}
