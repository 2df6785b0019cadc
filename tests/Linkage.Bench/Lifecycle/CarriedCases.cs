using System.Collections.Concurrent;

namespace Linkage.Bench.Lifecycle;

/// <summary>The paced run's cases as its clients carried them: when each was due on the run's clock, when it was
/// submitted and when its certificate was issued (null: a step failed or it was not issued in time). A case counts in
/// the measured window by when it was due, so one submitted in the warm-up never counts and one submitted in the window
/// counts however late its certificate came (decision 0785).</summary>
public sealed class CarriedCases
{
    private readonly ConcurrentQueue<(TimeSpan Due, DateTimeOffset Submitted, DateTimeOffset? IssuedAt)> cases = new();

    public void Add(TimeSpan due, DateTimeOffset submitted, DateTimeOffset? issuedAt) => cases.Enqueue((due, submitted, issuedAt));

    /// <summary>The cases due from <paramref name="from"/> on: how many, how many got no certificate, and the others'
    /// submit to certificate latencies.</summary>
    public (long Submitted, long Failed, IReadOnlyList<TimeSpan> Latencies) From(TimeSpan from)
    {
        var measured = cases.Where(c => c.Due >= from).ToList();
        return (measured.Count, measured.Count(c => c.IssuedAt is null),
            [.. measured.Where(c => c.IssuedAt is not null).Select(c => c.IssuedAt!.Value - c.Submitted)]);
    }
}
