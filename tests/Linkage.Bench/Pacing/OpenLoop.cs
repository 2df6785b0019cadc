using System.Diagnostics;
using HdrHistogram;

namespace Linkage.Bench.Pacing;

/// <summary>Calls offered at a fixed rate whatever their answers' latency (an open loop): call n starts at n / rate
/// seconds, rate × duration calls in all (a timer that wakes a little early must not add one past the end); each
/// call's latency is recorded, and it counts as failed when it answers false or throws a transport error.</summary>
public static class OpenLoop
{
    public static async Task<LoadResult> RunAsync(string name, double perSecond, TimeSpan duration, Func<long, Task<bool>> call)
    {
        var latency = new LongConcurrentHistogram(1, TimeSpan.TicksPerMinute, 3);
        long ok = 0, failed = 0;
        var inFlight = new List<Task>();
        var clock = Stopwatch.StartNew();
        var calls = (long)Math.Ceiling(perSecond * duration.TotalSeconds);
        for (long n = 0; n < calls; n++)
        {
            var due = TimeSpan.FromSeconds(n / perSecond);
            if (due > clock.Elapsed) await Task.Delay(due - clock.Elapsed);
            var number = n;
            inFlight.Add(Task.Run(async () =>
            {
                var started = Stopwatch.GetTimestamp();
                var good = await AnswersAsync(call, number);
                latency.RecordValue(Stopwatch.GetElapsedTime(started).Ticks);
                Interlocked.Increment(ref good ? ref ok : ref failed);
            }));
        }
        await Task.WhenAll(inFlight);
        return new LoadResult(name, ok, failed, clock.Elapsed, latency);
    }

    private static async Task<bool> AnswersAsync(Func<long, Task<bool>> call, long n)
    {
        try
        {
            return await call(n);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            return false;
        }
    }
}
