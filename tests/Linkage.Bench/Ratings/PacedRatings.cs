using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using HdrHistogram;

namespace Linkage.Bench.Ratings;

/// <summary>Ratings offered at a fixed rate whatever the answers' latency (an open loop), one invitation each, by the
/// resident through the gateway. Latency counts from when a rating was due, not from when it could be sent. Mostly
/// 3 to 5; every 50th is a 2 (差评), which also opens a rectification, as in the field.</summary>
public sealed class PacedRatings(Uri gateway, string residentToken, IReadOnlyList<string> invitations)
{
    public sealed record Outcome(long Offered, long Created, long Failed, TimeSpan Sending, TimeSpan Elapsed, HistogramBase Latency)
    {
        public double Percentile(double p) => Latency.GetValueAtPercentile(p) / (double)TimeSpan.TicksPerMillisecond;
    }

    public async Task<Outcome> RunAsync(double perSecond, TimeSpan warmup, TimeSpan duration)
    {
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 256 }) { BaseAddress = gateway, Timeout = TimeSpan.FromSeconds(30) };
        http.DefaultRequestHeaders.Authorization = new("Bearer", residentToken);
        var latency = new LongConcurrentHistogram(1, TimeSpan.TicksPerMinute, 3);
        long created = 0, failed = 0, offered = 0;
        var inFlight = new List<Task>();
        var clock = Stopwatch.StartNew();
        var total = warmup + duration;
        for (var n = 0; n < invitations.Count && TimeSpan.FromSeconds(n / perSecond) < total; n++)
        {
            var due = TimeSpan.FromSeconds(n / perSecond);
            if (due > clock.Elapsed) await Task.Delay(due - clock.Elapsed);
            var counted = due >= warmup;
            if (counted) offered++;
            var (token, grade) = (invitations[n], n % 50 == 0 ? 2 : 3 + n % 3);
            inFlight.Add(Task.Run(async () =>
            {
                var ok = await RateAsync(http, token, grade);
                if (!counted) return;
                latency.RecordValue(Math.Max(1, (clock.Elapsed - due).Ticks));
                if (ok) Interlocked.Increment(ref created); else Interlocked.Increment(ref failed);
            }));
        }
        var sending = clock.Elapsed - warmup;
        await Task.WhenAll(inFlight);
        return new Outcome(offered, created, failed, sending, clock.Elapsed - warmup, latency);
    }

    private static async Task<bool> RateAsync(HttpClient http, string token, int grade)
    {
        try
        {
            using var response = await http.PostAsJsonAsync("/api/ratings", new { token, grade });
            return response.StatusCode == HttpStatusCode.Created;
        }
        catch (HttpRequestException) { return false; }
        catch (TaskCanceledException) { return false; }
    }
}
