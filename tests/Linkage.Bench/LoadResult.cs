using HdrHistogram;

namespace Linkage.Bench;

public sealed record LoadResult(string Target, long Accepted, long Failed, TimeSpan Elapsed, HistogramBase Latency)
{
    public double PerSecond => Accepted / Elapsed.TotalSeconds;

    public double Percentile(double p) => Latency.GetValueAtPercentile(p) / (double)TimeSpan.TicksPerMillisecond;

    public override string ToString() =>
        $"{Target,-8} accepted {PerSecond,8:0.0}/s  p50 {Percentile(50),6:0.00} ms  p99 {Percentile(99),7:0.00} ms  ({Accepted} accepted, {Failed} failed in {Elapsed.TotalSeconds:0.0} s)";
}
