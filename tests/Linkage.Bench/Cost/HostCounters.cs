using System.Diagnostics.Tracing;
using Microsoft.Diagnostics.NETCore.Client;
using Microsoft.Diagnostics.Tracing;

namespace Linkage.Bench.Cost;

/// <summary>The all-in-one host's counters, read from the running host over EventPipe (as dotnet-counters reads them)
/// once a second: Npgsql's <c>total-commands</c> (one command is one round trip; a batch of statements is one command,
/// BEGIN goes with the first; COMMIT and ROLLBACK are not commands) and the runtime's GC counters of
/// <c>System.Runtime</c>. A counter that reports increments (<c>alloc-rate</c>, <c>gen-0-gc-count</c>, …) is summed
/// from the session's start, one that reports a value keeps its last, so the difference of two reads is what happened
/// between them either way.</summary>
public sealed class HostCounters : IDisposable
{
    public const string Commands = "total-commands";
    public const string AllocatedBytes = "alloc-rate";
    public const string PauseMilliseconds = "total-pause-time-by-gc";
    public const string CommittedMegabytes = "gc-committed";
    public const string HeapMegabytes = "gc-heap-size";
    public static string Collections(int generation) => $"gen-{generation}-gc-count";

    private readonly EventPipeSession session;
    private readonly Task reading;
    private readonly Dictionary<string, double> values = [];
    private int samples;

    private HostCounters(int pid)
    {
        var everySecond = new Dictionary<string, string> { ["EventCounterIntervalSec"] = "1" };
        EventPipeProvider[] providers =
            [new("Npgsql", EventLevel.Informational, 0, everySecond), new("System.Runtime", EventLevel.Informational, 0, everySecond)];
        session = new DiagnosticsClient(pid).StartEventPipeSession(providers, requestRundown: false);
        reading = Task.Run(() =>
        {
            using var source = new EventPipeEventSource(session.EventStream);
            source.Dynamic.All += e =>
            {
                if (e.EventName != "EventCounters" || e.PayloadValue(0) is not IDictionary<string, object> outer
                    || outer["Payload"] is not IDictionary<string, object> counter) return;
                var name = (string)counter["Name"];
                lock (values)
                    values[name] = counter.TryGetValue("Increment", out var increment)
                        ? values.GetValueOrDefault(name) + Convert.ToDouble(increment)
                        : Convert.ToDouble(counter["Mean"]);
                if (name == AllocatedBytes) Interlocked.Increment(ref samples);
            };
            source.Process();
        });
    }

    /// <summary>The host of <c>./platform up</c> (its pid under the state folder), or null when none runs (split hosts).</summary>
    public static HostCounters? Attach(string state)
    {
        if (HostProcess.Pid(state) is not { } pid) return null;
        try { return new HostCounters(pid); }
        catch (Exception e) when (e is ServerNotAvailableException or UnsupportedCommandException or IOException or UnauthorizedAccessException)
        {
            Console.WriteLine($"(no host counters: the host's diagnostics port did not answer: {e.Message})");
            return null;
        }
    }

    /// <summary>The counters after the next sample, so that everything done before the call is in them.</summary>
    public async Task<IReadOnlyDictionary<string, double>> ReadAsync()
    {
        var seen = Volatile.Read(ref samples);
        for (var waited = 0; waited < 50 && Volatile.Read(ref samples) < seen + 2; waited++)
            await Task.Delay(100);
        lock (values) return new Dictionary<string, double>(values);
    }

    public void Dispose()
    {
        try { session.Stop(); } catch (Exception e) when (e is ServerNotAvailableException or IOException or TimeoutException) { }
        reading.Wait(TimeSpan.FromSeconds(5));
        session.Dispose();
    }
}
