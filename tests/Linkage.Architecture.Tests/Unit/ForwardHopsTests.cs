using Linkage.Bench.Tiers;

namespace Linkage.Architecture.Tests;

/// <summary>The forward's dispatched → arrived split at the three brokers (tests/Linkage.Bench, decision 0803): each
/// hop is the difference between the times the bench's taps saw the event at consecutive nodes, the town's part runs
/// from its broker to the row's mark, and a case not seen at every node is left out rather than counted short.</summary>
public sealed class ForwardHopsTests
{
    private static readonly DateTimeOffset T0 = new(2026, 12, 7, 10, 0, 0, TimeSpan.Zero);

    private static DateTimeOffset Ms(double ms) => T0 + TimeSpan.FromMilliseconds(ms);

    [Fact]
    public void Each_hop_is_read_between_consecutive_brokers_and_a_case_missing_at_one_is_left_out()
    {
        var (seen, missed) = (Guid.NewGuid(), Guid.NewGuid());
        var times = new Dictionary<string, IReadOnlyDictionary<Guid, DateTimeOffset>>
        {
            ["town"] = new Dictionary<Guid, DateTimeOffset> { [seen] = Ms(0), [missed] = Ms(0) },
            ["county"] = new Dictionary<Guid, DateTimeOffset> { [seen] = Ms(10) }, // the missed case never reached the county's tap
            ["city"] = new Dictionary<Guid, DateTimeOffset> { [seen] = Ms(30), [missed] = Ms(5) },
        };

        var split = HopSplit.Of(times, [(seen, Ms(5), Ms(1030)), (missed, Ms(1), Ms(9000))]);

        Assert.StartsWith("the hops (1 cases seen at each broker", split);
        Assert.Contains("to the row marked dispatched (the confirm, the round's other publishes, the mark) p50 5.0 ms p99 5.0 ms", split);
        Assert.Contains("(the town → county link) p50 10.0 ms p99 10.0 ms", split);
        Assert.Contains("(the county → city link) p50 20.0 ms p99 20.0 ms", split);
        Assert.Contains("the round's read) p50 1000.0 ms p99 1000.0 ms", split);
    }

    [Fact]
    public void Without_a_case_seen_at_all_three_brokers_no_split_is_printed()
    {
        var times = new[] { "town", "county", "city" }.ToDictionary(t => t, _ => (IReadOnlyDictionary<Guid, DateTimeOffset>)new Dictionary<Guid, DateTimeOffset>());

        Assert.Equal("the hops: no forwarded case seen at all three brokers", HopSplit.Of(times, [(Guid.NewGuid(), T0, T0)]));
    }

    [Fact]
    public void Percentiles_are_nearest_rank()
    {
        var stage = Enumerable.Range(1, 100).Select(i => TimeSpan.FromMilliseconds(i));

        Assert.Equal("p50 50.0 ms p99 99.0 ms", HopSplit.Percentiles(stage));
    }
}
