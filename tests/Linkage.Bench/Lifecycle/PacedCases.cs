using System.Diagnostics;
using HdrHistogram;

namespace Linkage.Bench.Lifecycle;

/// <summary>Whole life cycles offered at a fixed rate (an open loop), each case carried as the closed loop carries it: its
/// three departments approve its own tasks as soon as its review has opened, so no reviewer works off another run's
/// backlog first (<see cref="ReviewBacklog"/>). Run below what the chain sustains, it measures the certificate's latency
/// with the machine not flooded: the cases submitted in the warm-up are not counted, and every case submitted in the
/// measured window is waited for (issue 17, decision 0785). A case's latency runs from when it was due, and the
/// generator's lag behind its schedule is printed (decision 0802).</summary>
public sealed class PacedCases(ClosedLoop carrier, CaseProgress progress, IssuedCertificates issued)
{
    public sealed record Result(double Offered, long Submitted, long Certified, double Seconds, long Failed,
        HistogramBase Latency, HistogramBase Lag, IssuedCertificates.Window Window)
    {
        public override string ToString() =>
            $"open loop, {Offered:0.0} cases/s offered, each case's departments approving it once its review opened: " +
            $"{Submitted / Seconds:0.0} cases/s submitted, {Certified / Seconds:0.0} certificates/s issued for them " +
            $"({Certified} of {Submitted} in the window, {Failed} failed); due to certificate p50 {Ms(Latency, 50):0.0} ms p99 {Ms(Latency, 99):0.0} ms " +
            $"(the submissions ran late p50 {Ms(Lag, 50):0.0} ms p99 {Ms(Lag, 99):0.0} ms max {Ms(Lag, 100):0.0} ms); " +
            $"last approval to certificate p50 {Window.P50Ms:0.0} ms p99 {Window.P99Ms:0.0} ms ({Window.Issued} issued over the window)\n  {Window.Stages}";

        private static double Ms(HistogramBase h, double percentile) => h.TotalCount == 0 ? 0 : h.GetValueAtPercentile(percentile) / 1000.0;
    }

    public async Task<Result> RunAsync(double perSecond, TimeSpan warmup, TimeSpan duration)
    {
        var (clerk, reviewers) = carrier.Clients(64);
        try
        {
            progress.Start();
            var clock = Stopwatch.StartNew();
            var cases = new CarriedCases(DateTimeOffset.UtcNow);
            var inFlight = new List<Task>();
            var from = DateTimeOffset.UtcNow + warmup;
            var calls = (long)Math.Ceiling(perSecond * (warmup + duration).TotalSeconds);
            for (long n = 0; n < calls; n++)
            {
                var due = TimeSpan.FromSeconds(n / perSecond);
                if (due > clock.Elapsed) await Task.Delay(due - clock.Elapsed);
                inFlight.Add(Task.Run(async () =>
                {
                    var submitted = DateTimeOffset.UtcNow;
                    cases.Add(due, submitted, await carrier.OneCaseAsync(clerk, reviewers));
                }));
            }
            var to = DateTimeOffset.UtcNow;
            await Task.WhenAll(inFlight);
            var (submittedCount, failed, latencies, lags) = cases.From(warmup);
            var window = await issued.InAsync(from, DateTimeOffset.UtcNow);
            return new Result(perSecond, submittedCount, latencies.Count, (to - from).TotalSeconds, failed,
                Histogram(latencies), Histogram(lags), window);
        }
        finally
        {
            foreach (var client in reviewers.Append(clerk)) client.Dispose();
        }
    }

    /// <summary>A value past twice the give-up (a case that late has failed) is recorded at that bound, the max with it.</summary>
    private static LongConcurrentHistogram Histogram(IReadOnlyList<TimeSpan> values)
    {
        var histogram = new LongConcurrentHistogram(1, (long)(2 * ClosedLoop.GiveUp).TotalMicroseconds, 3); // microseconds
        foreach (var v in values) histogram.RecordValue(Math.Clamp((long)v.TotalMicroseconds, 1, histogram.HighestTrackableValue));
        return histogram;
    }
}
