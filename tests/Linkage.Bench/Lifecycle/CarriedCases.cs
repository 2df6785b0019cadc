using System.Collections.Concurrent;

namespace Linkage.Bench.Lifecycle;

/// <summary>The paced run's cases as its clients carried them: when each was due on the run's clock (started at
/// <paramref name="start"/>), when it was submitted and when its certificate was issued (null: a step failed or it was
/// not issued in time). A case counts in the measured window by when it was due, so one submitted in the warm-up never
/// counts and one submitted in the window counts however late its certificate came (decision 0785). Its latency runs
/// from when it was due, not from when the generator got to submit it, so a generator running late shows in the
/// latency and in its own lag rather than hiding it (coordinated omission, decision 0802).</summary>
public sealed class CarriedCases(DateTimeOffset start)
{
    private readonly ConcurrentQueue<(TimeSpan Due, DateTimeOffset Submitted, DateTimeOffset? IssuedAt)> cases = new();

    public void Add(TimeSpan due, DateTimeOffset submitted, DateTimeOffset? issuedAt) => cases.Enqueue((due, submitted, issuedAt));

    /// <summary>The cases due from <paramref name="from"/> on: how many, how many got no certificate, the others' due to
    /// certificate latencies, and how late each was submitted after it was due (none: zero).</summary>
    public (long Submitted, long Failed, IReadOnlyList<TimeSpan> Latencies, IReadOnlyList<TimeSpan> Lags) From(TimeSpan from)
    {
        var measured = cases.Where(c => c.Due >= from).ToList();
        return (measured.Count, measured.Count(c => c.IssuedAt is null),
            [.. measured.Where(c => c.IssuedAt is not null).Select(c => c.IssuedAt!.Value - (start + c.Due))],
            [.. measured.Select(c => Max(c.Submitted - (start + c.Due), TimeSpan.Zero))]);
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;
}
