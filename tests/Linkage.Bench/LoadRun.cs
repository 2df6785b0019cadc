using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using HdrHistogram;

namespace Linkage.Bench;

/// <summary>N clients in closed loops, each posting an application and waiting for its answer.</summary>
public sealed class LoadRun(Uri target, string token, int clients)
{
    public async Task<LoadResult> RunAsync(string name, TimeSpan warmup, TimeSpan duration)
    {
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = clients, PooledConnectionLifetime = TimeSpan.FromMinutes(5) };
        using var http = new HttpClient(handler) { BaseAddress = target, Timeout = TimeSpan.FromSeconds(30) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

        var warm = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(_ => Loop(http, warm, warmup, null, null)));
        var histogram = new LongConcurrentHistogram(1, TimeSpan.TicksPerMinute, 3);
        long accepted = 0, failed = 0;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(_ => Loop(http, clock, duration, histogram, c =>
        {
            if (c) Interlocked.Increment(ref accepted); else Interlocked.Increment(ref failed);
        })));
        return new LoadResult(name, accepted, failed, clock.Elapsed, histogram);
    }

    private static async Task Loop(HttpClient http, Stopwatch clock, TimeSpan until, HistogramBase? latency, Action<bool>? count)
    {
        while (clock.Elapsed < until)
        {
            var started = Stopwatch.GetTimestamp();
            bool ok;
            try
            {
                using var response = await http.PostAsync("/api/intake/cases", Applications.Next());
                ok = response.StatusCode == HttpStatusCode.Created;
            }
            catch (HttpRequestException) { ok = false; }
            catch (TaskCanceledException) { ok = false; }
            latency?.RecordValue(Stopwatch.GetElapsedTime(started).Ticks);
            count?.Invoke(ok);
        }
    }
}
