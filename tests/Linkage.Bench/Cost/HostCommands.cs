using System.Diagnostics.Tracing;
using Microsoft.Diagnostics.NETCore.Client;
using Microsoft.Diagnostics.Tracing;

namespace Linkage.Bench.Cost;

/// <summary>The commands the all-in-one host has sent to PostgreSQL so far: Npgsql's <c>total-commands</c> counter,
/// read from the running host over EventPipe (as dotnet-counters reads it) once a second. One command is one round trip
/// (a batch of statements is one command; BEGIN goes with the first command); COMMIT and ROLLBACK are not commands.</summary>
public sealed class HostCommands : IDisposable
{
    private readonly EventPipeSession session;
    private readonly Task reading;
    private long total = -1;
    private int samples;

    private HostCommands(int pid)
    {
        var npgsql = new EventPipeProvider("Npgsql", EventLevel.Informational, 0,
            new Dictionary<string, string> { ["EventCounterIntervalSec"] = "1" });
        session = new DiagnosticsClient(pid).StartEventPipeSession([npgsql], requestRundown: false);
        reading = Task.Run(() =>
        {
            using var source = new EventPipeEventSource(session.EventStream);
            source.Dynamic.All += e =>
            {
                if (e.EventName != "EventCounters" || e.PayloadValue(0) is not IDictionary<string, object> outer
                    || outer["Payload"] is not IDictionary<string, object> counter || (string)counter["Name"] != "total-commands") return;
                Interlocked.Exchange(ref total, Convert.ToInt64(counter["Mean"]));
                Interlocked.Increment(ref samples);
            };
            source.Process();
        });
    }

    /// <summary>The host of <c>./platform up</c> (its pid under the state folder), or null when none runs (split hosts).</summary>
    public static HostCommands? Attach(string state)
    {
        var file = Path.Combine(state, "run", "host.pid");
        if (!File.Exists(file) || !int.TryParse(File.ReadAllText(file).Trim(), out var pid)) return null;
        try { return new HostCommands(pid); }
        catch (Exception e) when (e is ServerNotAvailableException or UnsupportedCommandException or IOException or UnauthorizedAccessException)
        {
            Console.WriteLine($"(no round-trip count: the host's diagnostics port did not answer: {e.Message})");
            return null;
        }
    }

    /// <summary>The counter's value after the next sample, so that everything sent before the call is in it.</summary>
    public async Task<long> ReadAsync()
    {
        var seen = Volatile.Read(ref samples);
        for (var waited = 0; waited < 50 && (Volatile.Read(ref samples) < seen + 2 || Interlocked.Read(ref total) < 0); waited++)
            await Task.Delay(100);
        return Interlocked.Read(ref total);
    }

    public void Dispose()
    {
        try { session.Stop(); } catch (Exception e) when (e is ServerNotAvailableException or IOException or TimeoutException) { }
        reading.Wait(TimeSpan.FromSeconds(5));
        session.Dispose();
    }
}
