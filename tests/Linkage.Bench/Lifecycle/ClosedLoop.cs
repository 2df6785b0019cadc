using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using HdrHistogram;

namespace Linkage.Bench.Lifecycle;

/// <summary>Whole life cycles in a closed loop: each of N clients submits a case at the county window, each department
/// approves the case's task as soon as the review has opened, and the client starts its next case once the certificate
/// is issued. The rate is what the whole chain sustains with N cases in it, where the open loop's submissions outrun the
/// reviews (decision 0765's reading); the latency is each case's, submit to certificate issued.</summary>
public sealed class ClosedLoop(Uri host, string clerkToken, IReadOnlyList<string> reviewerTokens, CaseProgress progress)
{
    internal static readonly TimeSpan GiveUp = TimeSpan.FromSeconds(60);

    public sealed record Result(int Clients, long Certified, double Seconds, long Failed, HistogramBase Latency)
    {
        public override string ToString() =>
            $"closed loop, {Clients} cases in their life cycle at once: {Certified / Seconds:0.0} certificates/s issued; " +
            (Certified == 0 ? "none issued in the window" :
                $"submit to certificate p50 {Ms(50):0.0} ms p99 {Ms(99):0.0} ms") +
            $" ({Certified} in the window, {Failed} failed)";

        private double Ms(double percentile) => Latency.GetValueAtPercentile(percentile) / 1000.0;
    }

    /// <summary>The shortest warm-up window: a closed loop's window holds several of its cycles (1.7 s each warm,
    /// decision 0766), or the clients' first cases, which all start at once, make its count jump window to window.</summary>
    public static readonly TimeSpan MinWindow = TimeSpan.FromSeconds(5);

    /// <summary>The clients loop without a break; their certificates are counted in warm-up windows of
    /// <paramref name="window"/> (at least <see cref="MinWindow"/>) until two in a row agree within
    /// <see cref="WarmUp.Tolerance"/> (at most <see cref="WarmUp.MaxWindows"/>), then over
    /// <paramref name="duration"/>. A life-cycle-only bench starts on a cold host, whose first cases carry the JIT and
    /// the empty pools (issue 17, decision 0778).</summary>
    public async Task<(WarmUp WarmUp, Result Measured)> RunSettledAsync(int clients, TimeSpan window, TimeSpan duration)
    {
        window = window < MinWindow ? MinWindow : window;
        var (clerk, reviewers) = Clients(clients);
        try
        {
            var issued = new Completions();
            var until = TimeSpan.MaxValue.Ticks; // the measured window's end, once the warm-up has settled
            long failed = 0;
            var clock = Stopwatch.StartNew();
            progress.Start();
            var looping = Task.WhenAll(Enumerable.Range(0, clients).Select(async _ =>
            {
                while (clock.Elapsed.Ticks < Interlocked.Read(ref until))
                {
                    var submitted = DateTimeOffset.UtcNow;
                    var issuedAt = await OneCaseAsync(clerk, reviewers);
                    if (issuedAt is null) Interlocked.Increment(ref failed);
                    else issued.Add(clock.Elapsed, issuedAt.Value - submitted);
                }
            }));
            var rates = new List<double>();
            var from = TimeSpan.Zero;
            do
            {
                await Task.WhenAny(looping, Task.Delay(Max(from + window - clock.Elapsed, TimeSpan.Zero)));
                rates.Add(issued.RateIn(from, from += window));
            } while (!looping.IsCompleted && !WarmUp.Settled(rates) && rates.Count < WarmUp.MaxWindows);
            Interlocked.Exchange(ref until, (from + duration).Ticks);
            await looping;
            var latency = new LongConcurrentHistogram(1, (long)(2 * GiveUp).TotalMicroseconds, 3); // microseconds
            var measured = issued.In(from, from + duration);
            foreach (var l in measured) latency.RecordValue(Math.Max(1, (long)l.TotalMicroseconds));
            return (new WarmUp(window, rates), new Result(clients, measured.Count, duration.TotalSeconds, failed, latency));
        }
        finally
        {
            foreach (var client in reviewers.Append(clerk)) client.Dispose();
        }
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;

    /// <summary>The case's certificate's issue time, or null when a step failed or it was not issued within
    /// <see cref="GiveUp"/>.</summary>
    internal async Task<DateTimeOffset?> OneCaseAsync(HttpClient clerk, IReadOnlyList<HttpClient> reviewers)
    {
        try
        {
            using var created = await clerk.PostAsync("/api/intake/cases", Applications.Next());
            if (created.StatusCode != HttpStatusCode.Created) return null;
            var caseId = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
            var certificate = progress.CertifiedAsync(caseId);
            await progress.ReviewOpenedAsync(caseId).WaitAsync(GiveUp);
            var approvals = await Task.WhenAll(reviewers.Select(r => ApproveAsync(r, caseId)));
            if (approvals.Contains(false)) return null;
            return await certificate.WaitAsync(GiveUp);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or TimeoutException or JsonException)
        {
            return null;
        }
    }

    /// <summary>The department's pending tasks on the case approved; a task not open yet is looked for again.</summary>
    internal static async Task<bool> ApproveAsync(HttpClient reviewer, Guid caseId)
    {
        var looking = Stopwatch.StartNew();
        while (looking.Elapsed < GiveUp)
        {
            var tasks = (await reviewer.GetFromJsonAsync<JsonElement>($"/api/approval/tasks?status=pending&caseId={caseId}")).GetProperty("items");
            if (tasks.GetArrayLength() > 0)
            {
                foreach (var task in tasks.EnumerateArray())
                {
                    using var decided = await reviewer.PostAsJsonAsync($"/api/approval/tasks/{task.GetProperty("id").GetGuid()}/decision", new { decision = "approve" });
                    if (!decided.IsSuccessStatusCode) return false;
                }
                return true;
            }
            await Task.Delay(CaseProgress.Interval);
        }
        return false;
    }

    /// <summary>The clerk's client and each department reviewer's, each with <paramref name="connections"/>.</summary>
    internal (HttpClient Clerk, IReadOnlyList<HttpClient> Reviewers) Clients(int connections) =>
        (Client(clerkToken, connections), [.. reviewerTokens.Select(t => Client(t, connections))]);

    private HttpClient Client(string token, int clients) =>
        new(new SocketsHttpHandler { MaxConnectionsPerServer = clients })
        { BaseAddress = host, Timeout = TimeSpan.FromSeconds(30), DefaultRequestHeaders = { Authorization = new AuthenticationHeaderValue("Bearer", token) } };
}
