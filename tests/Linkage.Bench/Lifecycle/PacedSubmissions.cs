using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;

namespace Linkage.Bench.Lifecycle;

/// <summary>Applications arriving at a fixed rate, whatever the answers' latency (an open loop). A request that fails,
/// is refused or gets no answer within 30 s counts as failed; the run goes on. Each case created is handed to
/// <c>created</c> when given.</summary>
public static class PacedSubmissions
{
    public static async Task<long> RunAsync(
        Uri host, string token, double perSecond, TimeSpan duration, Func<HttpContent>? application = null, Action<Guid>? created = null)
    {
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 64 })
        { BaseAddress = host, Timeout = TimeSpan.FromSeconds(30) };
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
                try
                {
                    using var response = await http.PostAsync("/api/intake/cases", (application ?? Applications.Next)());
                    if (response.StatusCode == HttpStatusCode.Created)
                    {
                        if (created is not null && Applications.CreatedCase(response) is { } caseId) created(caseId);
                        return;
                    }
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException) { }
                Interlocked.Increment(ref failed);
            }));
        }
        await Task.WhenAll(inFlight);
        return failed;
    }
}
