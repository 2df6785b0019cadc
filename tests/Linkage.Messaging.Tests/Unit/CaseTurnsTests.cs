namespace Linkage.Messaging.Tests.Unit;

/// <summary>One case's deliveries to a module take turns in the process (decision 0755); other cases, and the same case
/// in another module, do not wait for them.</summary>
public sealed class CaseTurnsTests
{
    private readonly CaseTurns turns = new();

    [Fact]
    public async Task Two_hosts_turns_are_their_own_and_turned_off_every_turn_is_had_at_once()
    {
        var (module, caseId) = (Guid.NewGuid().ToString("N"), Guid.NewGuid());
        using var held = await turns.TakeAsync(module, caseId, CancellationToken.None);

        var another = new CaseTurns(); // another host's in the same process, as another process's would be
        var beside = another.TakeAsync(module, caseId, CancellationToken.None);
        Assert.True(beside.IsCompleted);
        (await beside).Dispose();

        var off = new CaseTurns(enabled: false);
        using var first = await off.TakeAsync(module, caseId, CancellationToken.None);
        var second = off.TakeAsync(module, caseId, CancellationToken.None);
        Assert.True(second.IsCompleted); // the row locks alone order them
        (await second).Dispose();
        var (free, busy) = off.TakeFree(module, [caseId]);
        free.Dispose();
        Assert.Empty(busy);
        Assert.Equal(0, off.Busy(module));
        Assert.Equal(1, turns.Busy(module));
    }

    [Fact]
    public async Task A_case_waits_for_its_turn_while_other_cases_and_modules_go_on()
    {
        var module = Guid.NewGuid().ToString("N");
        var (caseId, other) = (Guid.NewGuid(), Guid.NewGuid());
        var first = await turns.TakeAsync(module, caseId, CancellationToken.None);

        var second = turns.TakeAsync(module, caseId, CancellationToken.None);
        Assert.False(second.IsCompleted); // held by the first
        using (await turns.TakeAsync(module, other, CancellationToken.None)) { }
        using (await turns.TakeAsync(module + "-other", caseId, CancellationToken.None)) { }
        Assert.False(second.IsCompleted);

        first.Dispose();
        (await second).Dispose();
        Assert.Equal(0, turns.Busy(module)); // nothing kept once every turn is given back
    }

    [Fact]
    public async Task Many_deliveries_of_one_case_at_once_are_applied_one_after_another()
    {
        var module = Guid.NewGuid().ToString("N");
        var caseId = Guid.NewGuid();
        var (inside, most, applied) = (0, 0, 0);
        await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => Task.Run(async () =>
        {
            using var turn = await turns.TakeAsync(module, caseId, CancellationToken.None);
            var now = Interlocked.Increment(ref inside);
            InterlockedMax(ref most, now);
            await Task.Yield();
            Interlocked.Increment(ref applied);
            Interlocked.Decrement(ref inside);
        })));

        Assert.Equal(50, applied);
        Assert.Equal(1, most);
        Assert.Equal(0, turns.Busy(module));
    }

    [Fact]
    public async Task A_round_takes_the_free_cases_and_leaves_the_busy_ones_without_waiting()
    {
        var module = Guid.NewGuid().ToString("N");
        var (busy, free, another) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        var held = await turns.TakeAsync(module, busy, CancellationToken.None);

        var (round, left) = turns.TakeFree(module, [free, busy, another, free]);

        Assert.Equal([busy], left);
        Assert.Equal(3, turns.Busy(module));
        var waiting = turns.TakeAsync(module, free, CancellationToken.None);
        Assert.False(waiting.IsCompleted); // the round holds it
        round.Dispose();
        (await waiting).Dispose();
        held.Dispose();
        Assert.Equal(0, turns.Busy(module));
    }

    [Fact]
    public async Task A_wait_given_up_leaves_the_turn_to_the_others()
    {
        var module = Guid.NewGuid().ToString("N");
        var caseId = Guid.NewGuid();
        var held = await turns.TakeAsync(module, caseId, CancellationToken.None);
        using var cancel = new CancellationTokenSource();

        var given = turns.TakeAsync(module, caseId, cancel.Token);
        await cancel.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => given);
        held.Dispose();

        Assert.Equal(0, turns.Busy(module));
        (await turns.TakeAsync(module, caseId, CancellationToken.None)).Dispose();
    }

    private static void InterlockedMax(ref int target, int value)
    {
        for (var seen = Volatile.Read(ref target); value > seen; seen = Volatile.Read(ref target))
            if (Interlocked.CompareExchange(ref target, value, seen) == seen) return;
    }
}
