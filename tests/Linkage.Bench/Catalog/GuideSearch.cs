using System.Diagnostics;
using System.Net;
using HdrHistogram;

namespace Linkage.Bench.Catalog;

/// <summary>The anonymous public guide searched by fragments of matter names (<c>测试事项123</c> matches 11 of the
/// imported county's matters) for a random village, from several residents at once.</summary>
public sealed class GuideSearch(Uri host, ImportedCounty county)
{
    public async Task<LoadResult> RunAsync(int clients, TimeSpan duration)
    {
        using var http = new HttpClient { BaseAddress = host };
        var latency = new LongConcurrentHistogram(1, TimeSpan.TicksPerMinute, 3);
        long answered = 0, failed = 0;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(async _ =>
        {
            while (clock.Elapsed < duration)
            {
                var fragment = Uri.EscapeDataString($"测试事项{Random.Shared.Next(100, 500)}");
                var started = Stopwatch.GetTimestamp();
                using var response = await http.GetAsync($"/api/catalog/matters?division={county.RandomVillage()}&q={fragment}");
                var body = await response.Content.ReadAsStringAsync();
                latency.RecordValue(Stopwatch.GetElapsedTime(started).Ticks);
                var ok = response.StatusCode == HttpStatusCode.OK && body.Contains("测试事项");
                Interlocked.Increment(ref ok ? ref answered : ref failed);
            }
        }));
        return new LoadResult("guide", answered, failed, clock.Elapsed, latency);
    }
}
