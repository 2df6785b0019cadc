using System.Diagnostics;
using Linkage.Testing;

namespace Linkage.VideoReview.Tests;

/// <summary>A second, private Janus with the platform's configuration on its own loopback ports, which a test may stop
/// (by its PID) and start again without disturbing the platform's Janus.</summary>
public sealed class PrivateJanus : IAsyncDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("linkage-janus-").FullName;
    private readonly int port = FreePort.Next();
    private readonly int adminPort = FreePort.Next();
    private Process? process;

    public Uri Url => new($"http://127.0.0.1:{port}/janus");

    public Uri AdminUrl => new($"http://127.0.0.1:{adminPort}/admin");

    public static async Task<PrivateJanus> StartAsync()
    {
        var janus = new PrivateJanus();
        janus.WriteConfig();
        await janus.StartAgainAsync();
        return janus;
    }

    public async Task StartAgainAsync()
    {
        process = Process.Start(new ProcessStartInfo("janus",
            ["-C", Path.Combine(folder, "janus.jcfg"), "-F", folder, "-N", "-L", Path.Combine(folder, "janus.log")])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        process.OutputDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        await Wait.Until(async () =>
        {
            try { return (await http.GetAsync($"{Url}/info")).IsSuccessStatusCode; }
            catch (HttpRequestException) { return false; }
            catch (TaskCanceledException) { return false; } // still starting on a loaded machine: the 2 s request timed out
        });
    }

    public async Task StopAsync()
    {
        if (process is null) return;
        process.Kill();
        await process.WaitForExitAsync();
        process.Dispose();
        process = null;
    }

    private void WriteConfig()
    {
        foreach (var file in Directory.GetFiles(JanusEnvironment.ConfigFolder, "*.jcfg"))
        {
            var lines = File.ReadAllLines(file).Select(line => line.Trim() switch
            {
                var l when l.StartsWith("port =") => $"  port = {port}",
                var l when l.StartsWith("admin_port =") => $"  admin_port = {adminPort}",
                var l when l.StartsWith("configs_folder =") => $"  configs_folder = \"{folder}\"",
                _ => line,
            });
            File.WriteAllLines(Path.Combine(folder, Path.GetFileName(file)), lines);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        Directory.Delete(folder, recursive: true);
    }
}
