using System.Diagnostics;
using System.Net;
using HdrHistogram;

namespace Linkage.Bench.Seeding;

/// <summary>N callers in closed loops, each repeating a GET from its own loopback address and timing the answer; with
/// several paths the calls take them in turn.</summary>
public static class ReadLoop
{
    public static Task<LoadResult> RunAsync(string name, Uri target, string path, string? token, int clients, TimeSpan duration) =>
        RunAsync(name, target, [path], token, clients, duration);

    public static Task<LoadResult> RunAsync(
        string name, Uri target, IReadOnlyList<string> paths, string? token, int clients, TimeSpan duration) =>
        RunAsync(name, target, paths, _ => token, clients, duration);

    /// <summary>Caller <c>i</c> signs in with <paramref name="tokenOf"/>(i): several staff of one office, each under the
    /// gateway's limit per caller, rather than one caller past it.</summary>
    public static async Task<LoadResult> RunAsync(
        string name, Uri target, IReadOnlyList<string> paths, Func<int, string?> tokenOf, int clients, TimeSpan duration)
    {
        long calls = 0;
        var latency = new LongConcurrentHistogram(1, TimeSpan.TicksPerMinute, 3);
        long ok = 0, failed = 0;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(async i =>
        {
            using var http = LoopbackClient.Create(target, i, tokenOf(i));
            while (clock.Elapsed < duration)
            {
                var started = Stopwatch.GetTimestamp();
                bool answered;
                try
                {
                    using var response = await http.GetAsync(paths[(int)(Interlocked.Increment(ref calls) % paths.Count)]);
                    answered = response.StatusCode == HttpStatusCode.OK;
                }
                catch (HttpRequestException) { answered = false; }
                catch (TaskCanceledException) { answered = false; }
                latency.RecordValue(Stopwatch.GetElapsedTime(started).Ticks);
                if (answered) Interlocked.Increment(ref ok); else Interlocked.Increment(ref failed);
            }
        }));
        return new LoadResult(name, ok, failed, clock.Elapsed, latency);
    }
}
