using Microsoft.Extensions.Logging.Abstractions;

namespace Linkage.Messaging.Tests.Unit;

/// <summary>Decision 0744: when a topic counts as draining, and when what its rounds held is released.</summary>
public sealed class TopicDrainTests
{
    private static TopicDrain Drain(OutboxHolds holds, TimeSpan quiet) => new("t", 4, quiet, holds, NullLogger.Instance);

    [Fact]
    public void A_full_batch_starts_a_drain_and_two_part_full_ones_end_it_released_once_every_batch_has_settled()
    {
        var holds = new OutboxHolds();
        using var drain = Drain(holds, Timeout.InfiniteTimeSpan);

        drain.Taken(2);
        Assert.False(drain.Draining); // a part-full batch: the queue keeps up
        drain.Settled();
        drain.Taken(4);
        drain.Taken(4); // the next one, taken ahead
        Assert.True(drain.Draining);
        drain.Settled();
        drain.Taken(3);
        Assert.True(drain.Draining); // one part-full batch: still draining
        drain.Settled();
        drain.Taken(1);
        Assert.False(drain.Draining); // the second in a row: rounds from now on hold nothing
        Assert.Equal(0, holds.Releases); // two batches in flight may still commit what they held
        drain.Settled();
        Assert.Equal(0, holds.Releases);
        drain.Settled();
        Assert.Equal(1, holds.Releases);
    }

    [Fact]
    public void A_full_batch_starts_the_part_full_count_over()
    {
        var holds = new OutboxHolds();
        using var drain = Drain(holds, Timeout.InfiniteTimeSpan);

        foreach (var count in new[] { 4, 3, 4, 2 })
        {
            drain.Taken(count);
            drain.Settled();
        }

        Assert.True(drain.Draining);
        Assert.Equal(0, holds.Releases);
    }

    [Fact]
    public async Task A_drain_with_nothing_more_waiting_ends_after_the_quiet()
    {
        var holds = new OutboxHolds();
        using var drain = Drain(holds, TimeSpan.FromMilliseconds(50));

        drain.Taken(4);
        Assert.True(drain.Draining);
        drain.Settled();

        await Wait.Until(() => Task.FromResult(holds.Releases), n => n == 1, what: "the release after the quiet");
        Assert.False(drain.Draining);
    }
}
