using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using HdrHistogram;

namespace Linkage.Bench;

/// <summary>N clients in closed loops, each posting an application and waiting for its answer; each case created is
/// handed to <paramref name="created"/> when given (the life cycle's flooded runs follow their own cases).</summary>
public sealed class LoadRun(Uri target, string token, int clients, Action<Guid>? created = null)
{
    public async Task<LoadResult> RunAsync(string name, TimeSpan warmup, TimeSpan duration)
    {
        using var http = Client();
        await CountAsync(http, warmup, null);
        return await MeasureAsync(http, name, duration);
    }

    /// <summary>Warms up in windows of <paramref name="window"/> until two windows in a row agree within
    /// <see cref="WarmUp.Tolerance"/> (at most <see cref="WarmUp.MaxWindows"/>), then measures: the first window is the
    /// rate right after <c>up</c>, the last the warm one (issue 17).</summary>
    public async Task<(WarmUp WarmUp, LoadResult Measured)> RunSettledAsync(string name, TimeSpan window, TimeSpan duration)
    {
        using var http = Client();
        var rates = new List<double>();
        do
        {
            var clock = Stopwatch.StartNew();
            var accepted = await CountAsync(http, window, null);
            rates.Add(accepted / clock.Elapsed.TotalSeconds);
        } while (!WarmUp.Settled(rates) && rates.Count < WarmUp.MaxWindows);
        return (new WarmUp(window, rates), await MeasureAsync(http, name, duration));
    }

    private HttpClient Client() =>
        new(new SocketsHttpHandler { MaxConnectionsPerServer = clients, PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
        { BaseAddress = target, Timeout = TimeSpan.FromSeconds(30), DefaultRequestHeaders = { Authorization = new AuthenticationHeaderValue("Bearer", token) } };

    private async Task<LoadResult> MeasureAsync(HttpClient http, string name, TimeSpan duration)
    {
        var histogram = new LongConcurrentHistogram(1, TimeSpan.TicksPerMinute, 3);
        long failed = 0;
        var clock = Stopwatch.StartNew();
        var accepted = await CountAsync(http, duration, histogram, () => Interlocked.Increment(ref failed));
        return new LoadResult(name, accepted, failed, clock.Elapsed, histogram);
    }

    /// <summary>The applications accepted by the clients' loops until <paramref name="until"/>.</summary>
    private async Task<long> CountAsync(HttpClient http, TimeSpan until, HistogramBase? latency, Action? failed = null)
    {
        long accepted = 0;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(_ => Loop(http, clock, until, latency, created, ok =>
        {
            if (ok) Interlocked.Increment(ref accepted); else failed?.Invoke();
        })));
        return accepted;
    }

    private static async Task Loop(HttpClient http, Stopwatch clock, TimeSpan until, HistogramBase? latency, Action<Guid>? created, Action<bool> count)
    {
        while (clock.Elapsed < until)
        {
            var started = Stopwatch.GetTimestamp();
            bool ok;
            try
            {
                using var response = await http.PostAsync("/api/intake/cases", Applications.Next());
                ok = response.StatusCode == HttpStatusCode.Created;
                if (ok && created is not null && Applications.CreatedCase(response) is { } caseId) created(caseId);
            }
            catch (HttpRequestException) { ok = false; }
            catch (TaskCanceledException) { ok = false; }
            latency?.RecordValue(Stopwatch.GetElapsedTime(started).Ticks);
            count(ok);
        }
    }
}
