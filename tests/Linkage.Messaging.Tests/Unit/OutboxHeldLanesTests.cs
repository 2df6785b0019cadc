namespace Linkage.Messaging.Tests.Unit;

/// <summary>Decision 0850: which skipped heads a round in flight takes the rows behind, and when its end must claim.</summary>
public sealed class OutboxHeldLanesTests
{
    private const int MaxAttempts = 10;

    [Fact]
    public void A_round_is_asked_only_for_due_rows_past_its_own_and_after_it_stopped_taking_its_end_claims()
    {
        var lanes = new OutboxHeldLanes([Row("a", 1), Row("a", 2), Row("b", 3)], MaxAttempts);

        var waiting = new Dictionary<long, long> { [1] = 2, [3] = 6, [9] = 10 };
        Assert.True(lanes.Ask(waiting));
        Assert.Equal([9L], waiting.Keys); // another round's head stays for the dispatcher
        Assert.Equal([(new OutboxLane("b", OutboxKind.Integration), 3L)], lanes.Take([])); // a's due rows are its own

        lanes.Took([Row("b", 6)]);
        Assert.True(lanes.Ask(new Dictionary<long, long> { [3] = 6 })); // taken already: nothing to ask
        Assert.Empty(lanes.Take([]));
        Assert.False(lanes.Ask(new Dictionary<long, long> { [1] = 7 })); // no longer taking: its end claims
        Assert.False(lanes.LeftAsked);
    }

    [Fact]
    public void A_lane_asked_and_not_taken_makes_the_rounds_end_claim_and_a_failed_lane_takes_nothing()
    {
        var lanes = new OutboxHeldLanes([Row("a", 1), Row("b", 2)], MaxAttempts);
        Assert.True(lanes.Ask(new Dictionary<long, long> { [1] = 4, [2] = 5 }));
        Assert.Equal([(new OutboxLane("b", OutboxKind.Integration), 2L)], lanes.Take([new OutboxLane("a", OutboxKind.Integration)]));

        Assert.True(lanes.Ask(new Dictionary<long, long> { [2] = 8 }));
        lanes.Close();
        Assert.True(lanes.LeftAsked);
    }

    [Fact]
    public void A_lane_asked_whose_own_rows_failed_makes_the_rounds_end_claim()
    {
        var lanes = new OutboxHeldLanes([Row("a", 1)], MaxAttempts);
        Assert.True(lanes.Ask(new Dictionary<long, long> { [1] = 4 }));

        Assert.Empty(lanes.Take([new OutboxLane("a", OutboxKind.Integration)]));
        Assert.True(lanes.LeftAsked); // the failure may park the row, and the rows behind it are due at the commit (0311)
    }

    [Fact]
    public void A_take_stopped_at_its_bound_makes_the_rounds_end_claim()
    {
        var lanes = new OutboxHeldLanes([Row("a", 1)], MaxAttempts);
        Assert.False(lanes.LeftAsked);

        lanes.LeftBehind();
        Assert.True(lanes.LeftAsked);
    }

    private static OutboxRow Row(string aggregate, long sequence) => new(
        Guid.NewGuid(), aggregate, sequence, OutboxKind.Integration, "Probe", "{}", null, null, null, DateTimeOffset.UtcNow, 0);
}
