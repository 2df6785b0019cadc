using System.Collections.Concurrent;
using HdrHistogram;

namespace Linkage.Bench.Lifecycle;

/// <summary>The paced run's cases as its clients carried them: when each was due on the run's clock, when it was
/// submitted and when its certificate was issued (null: a step failed or it was not issued in time). A case counts in
/// the measured window by when it was due, so one submitted in the warm-up never counts and one submitted in the window
/// counts however late its certificate came (decision 0785).</summary>
public sealed class CarriedCases
{
    private readonly ConcurrentQueue<(TimeSpan Due, DateTimeOffset Submitted, DateTimeOffset? IssuedAt)> cases = new();

    public void Add(TimeSpan due, DateTimeOffset submitted, DateTimeOffset? issuedAt) => cases.Enqueue((due, submitted, issuedAt));

    /// <summary>The cases due from <paramref name="from"/> on: how many, how many were certified, and their submit to
    /// certificate latency in microseconds.</summary>
    public (long Submitted, long Failed, HistogramBase Latency) From(TimeSpan from, TimeSpan giveUp)
    {
        var latency = new LongConcurrentHistogram(1, (long)(2 * giveUp).TotalMicroseconds, 3);
        var measured = cases.Where(c => c.Due >= from).ToList();
        foreach (var c in measured.Where(c => c.IssuedAt is not null))
            latency.RecordValue(Math.Max(1, (long)(c.IssuedAt!.Value - c.Submitted).TotalMicroseconds));
        return (measured.Count, measured.Count(c => c.IssuedAt is null), latency);
    }
}
