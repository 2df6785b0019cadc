using System.Collections.Concurrent;

namespace Linkage.Bench.Lifecycle;

/// <summary>The closed loop's certificates as its clients saw them issued: when (on the loop's clock) and each case's
/// submit-to-certificate latency. The warm-up's windows and the measured window are counted from it after the fact,
/// so a case counts in the window its certificate came in, whenever it was submitted.</summary>
public sealed class Completions
{
    private readonly ConcurrentQueue<(TimeSpan At, TimeSpan Latency)> issued = new();

    public void Add(TimeSpan at, TimeSpan latency) => issued.Enqueue((at, latency));

    /// <summary>The certificates issued in (<paramref name="from"/>, <paramref name="to"/>].</summary>
    public IReadOnlyList<TimeSpan> In(TimeSpan from, TimeSpan to) =>
        issued.Where(c => c.At > from && c.At <= to).Select(c => c.Latency).ToList();

    /// <summary>Certificates per second in (<paramref name="from"/>, <paramref name="to"/>].</summary>
    public double RateIn(TimeSpan from, TimeSpan to) => In(from, to).Count / Math.Max((to - from).TotalSeconds, 0.001);
}
