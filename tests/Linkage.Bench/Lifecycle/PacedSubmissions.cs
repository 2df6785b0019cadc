using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;

namespace Linkage.Bench.Lifecycle;

/// <summary>Applications arriving at a fixed rate, whatever the answers' latency (an open loop).</summary>
public static class PacedSubmissions
{
    public static async Task<long> RunAsync(
        Uri host, string token, double perSecond, TimeSpan duration, Func<HttpContent>? application = null)
    {
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 64 }) { BaseAddress = host };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        long failed = 0;
        var inFlight = new List<Task>();
        var clock = Stopwatch.StartNew();
        for (var n = 0; clock.Elapsed < duration; n++)
        {
            var due = TimeSpan.FromSeconds(n / perSecond);
            if (due > clock.Elapsed) await Task.Delay(due - clock.Elapsed);
            inFlight.Add(Task.Run(async () =>
            {
                using var response = await http.PostAsync("/api/intake/cases", (application ?? Applications.Next)());
                if (response.StatusCode != HttpStatusCode.Created) Interlocked.Increment(ref failed);
            }));
        }
        await Task.WhenAll(inFlight);
        return failed;
    }
}
