using System.Diagnostics;
using Linkage.Testing;

namespace Linkage.Chaos.Tests;

/// <summary>The supervisor <c>./platform up</c> starts (decision 0579), on the platform the chaos run left up: it brings
/// back a host that died outside <c>./platform</c>, by PID, and it left the host the chaos run's host-kill restarted to
/// the chaos tool, so there was only ever one restarter.</summary>
[Collection(ChaosCollection.Name)]
public sealed class SupervisorTests(ChaosRunFixture chaos)
{
    [Fact]
    public async Task A_host_killed_behind_the_platforms_back_is_started_again_by_the_supervisor_alone()
    {
        var run = Path.Combine(chaos.Platform.State, "run");
        var log = Path.Combine(chaos.Platform.State, "logs", "supervisor.log");
        Assert.True(File.Exists(log), $"no supervisor log; see {chaos.Platform.Log}:\n{chaos.Tail()}");
        Assert.DoesNotContain(File.ReadLines(log), l => l.Contains("died; restarting", StringComparison.Ordinal));
        var killed = int.Parse(await File.ReadAllTextAsync(Path.Combine(run, "host.pid")));

        using (var host = Process.GetProcessById(killed)) host.Kill();

        var restarted = await Wait.Until(() => Task.FromResult(File.Exists(Path.Combine(run, "host.pid"))
            && int.TryParse(File.ReadAllText(Path.Combine(run, "host.pid")), out var pid) && pid != killed), TimeSpan.FromMinutes(2));
        Assert.True(restarted);
        Assert.Single(File.ReadLines(log), l => l.Contains($"host (pid {killed}) died; restarting it", StringComparison.Ordinal));
        using var http = new HttpClient();
        var port = File.ReadLines(Path.Combine(run, "host.env")).Last(l => l.StartsWith("Kestrel__Endpoints__Http__Url=", StringComparison.Ordinal))
            .Split(':')[^1];
        await Wait.Until(async () => (await Answer(http, $"http://127.0.0.1:{port}/healthz/ready")) == 200, TimeSpan.FromMinutes(5));
    }

    private static async Task<int> Answer(HttpClient http, string url)
    {
        try
        {
            return (int)(await http.GetAsync(url)).StatusCode;
        }
        catch (HttpRequestException)
        {
            return 0;
        }
    }
}
