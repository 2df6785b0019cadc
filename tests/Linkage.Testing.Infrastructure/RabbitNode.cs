using System.Diagnostics;
using RabbitMQ.Client;

namespace Linkage.Testing;

/// <summary>A RabbitMQ node of its own for one tier (own node name, AMQP, distribution and management ports, mnesia
/// and log folders), started from the installed package on loopback like <c>./platform</c> starts its node, with
/// the federation plugin enabled. Stopped with SIGTERM to the node's own process, or killed with SIGKILL as
/// <c>./platform chaos-fault rabbit-restart</c> does; a restart keeps its data.</summary>
public sealed class RabbitNode : IAsyncDisposable
{
    private const string Server = "/usr/lib/rabbitmq/bin/rabbitmq-server";
    private readonly string dir;
    private Process? process;

    private RabbitNode(string tier)
    {
        (AmqpPort, DistPort, ManagementPort) = (FreePort.Next(), FreePort.Next(), FreePort.Next());
        Name = $"linkage-{tier}-{AmqpPort}@localhost";
        dir = Path.Combine(Path.GetTempPath(), $"linkage-node-{tier}-{AmqpPort}");
        Management = new NodeManagement(new Uri($"http://127.0.0.1:{ManagementPort}/"));
    }

    public string Name { get; }

    public int AmqpPort { get; }

    public int DistPort { get; }

    public int ManagementPort { get; }

    public NodeManagement Management { get; }

    private string PidFile => Path.Combine(dir, "rabbit.pid");

    public Uri AmqpUri => new($"amqp://guest:guest@127.0.0.1:{AmqpPort}/");

    /// <summary>Ready messages in a queue, counted by the broker as asked (a passive declare over AMQP), where the
    /// management API's counts are samples that can lag a message already taken or not yet counted; 0 when it does not exist.</summary>
    public async Task<long> QueuedAsync(string queue)
    {
        await using var connection = await new ConnectionFactory { Uri = AmqpUri }.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        try
        {
            return (await channel.QueueDeclarePassiveAsync(queue)).MessageCount;
        }
        catch (RabbitMQ.Client.Exceptions.OperationInterruptedException)
        {
            return 0; // no such queue
        }
    }

    public static async Task<RabbitNode> StartAsync(string tier)
    {
        var node = new RabbitNode(tier);
        await node.StartAsync();
        return node;
    }

    public async Task StartAsync()
    {
        Directory.CreateDirectory(Path.Combine(dir, "home"));
        await File.WriteAllLinesAsync(Path.Combine(dir, "rabbitmq.conf"),
        [
            $"listeners.tcp.1 = 127.0.0.1:{AmqpPort}", "loopback_users.guest = true",
            "management.tcp.ip = 127.0.0.1", $"management.tcp.port = {ManagementPort}",
        ]);
        await File.WriteAllTextAsync(Path.Combine(dir, "enabled_plugins"), "[rabbitmq_management,rabbitmq_federation,rabbitmq_federation_management].");
        var start = new ProcessStartInfo(Server) { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true };
        foreach (var (key, value) in Environment()) start.Environment[key] = value;
        process = Process.Start(start) ?? throw new InvalidOperationException($"{Server} did not start.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await Wait.Until(async () => await IsReadyAsync() ? "" : null, TimeSpan.FromSeconds(120));
    }

    /// <summary>Stops the node the way an operator would (SIGTERM: a clean shutdown) and waits for it to be gone.</summary>
    public async Task StopAsync()
    {
        if (File.Exists(PidFile) && int.TryParse((await File.ReadAllTextAsync(PidFile)).Trim(), out var pid))
        {
            using var kill = Process.Start("kill", ["-TERM", pid.ToString()]);
            await kill.WaitForExitAsync();
            await Wait.Until(() => Task.FromResult(IsAlive(pid) ? null : ""), TimeSpan.FromSeconds(60));
        }
        if (process is not null)
        {
            if (!process.HasExited) process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            process.Dispose();
            process = null;
        }
    }

    /// <summary>kill -9 of the node's own process, by the PID in its pid file, and waits for it to be gone.</summary>
    public async Task KillAsync()
    {
        var pid = int.Parse((await File.ReadAllTextAsync(PidFile)).Trim());
        using (var kill = Process.Start("kill", ["-KILL", pid.ToString()])) await kill.WaitForExitAsync();
        await Wait.Until(() => Task.FromResult(IsAlive(pid) ? null : ""), TimeSpan.FromSeconds(60));
        await StopAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        try
        {
            Directory.Delete(dir, recursive: true);
        }
        catch (IOException)
        {
            // a file still held open; the temporary folder is left behind
        }
    }

    private Dictionary<string, string> Environment() => new()
    {
        ["HOME"] = Path.Combine(dir, "home"),
        ["RABBITMQ_NODENAME"] = Name,
        ["RABBITMQ_NODE_IP_ADDRESS"] = "127.0.0.1",
        ["RABBITMQ_NODE_PORT"] = AmqpPort.ToString(),
        ["RABBITMQ_DIST_PORT"] = DistPort.ToString(),
        ["ERL_EPMD_ADDRESS"] = "127.0.0.1",
        ["ERL_EPMD_PORT"] = System.Environment.GetEnvironmentVariable("LINKAGE_TEST_EPMD_PORT") is { Length: > 0 } epmd ? epmd : "4369",
        ["RABBITMQ_MNESIA_BASE"] = Path.Combine(dir, "mnesia"),
        ["RABBITMQ_LOG_BASE"] = Path.Combine(dir, "log"),
        ["RABBITMQ_CONFIG_FILE"] = Path.Combine(dir, "rabbitmq.conf"),
        ["RABBITMQ_ENABLED_PLUGINS_FILE"] = Path.Combine(dir, "enabled_plugins"),
        ["RABBITMQ_PID_FILE"] = PidFile,
        ["RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS"] = "-kernel inet_dist_use_interface {127,0,0,1}",
        ["PATH"] = "/usr/lib/rabbitmq/bin:" + System.Environment.GetEnvironmentVariable("PATH"),
    };

    private async Task<bool> IsReadyAsync()
    {
        if (process is { HasExited: true })
            throw new InvalidOperationException($"RabbitMQ node {Name} exited with {process.ExitCode}; see {dir}/log.");
        try
        {
            await using var connection = await new ConnectionFactory { Uri = AmqpUri }.CreateConnectionAsync();
            return await Management.IsUpAsync();
        }
        catch (Exception e) when (e is RabbitMQ.Client.Exceptions.BrokerUnreachableException or HttpRequestException or TaskCanceledException)
        {
            return false;
        }
    }

    private static bool IsAlive(int pid)
    {
        try
        {
            using var p = Process.GetProcessById(pid);
            return !p.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
