using System.Runtime.ExceptionServices;

namespace Linkage.Messaging.Tests.Unit;

/// <summary>The dispatcher's wake-up (decision 0683): set by every commit that queued rows, mostly while set already.</summary>
public sealed class OutboxSignalTests
{
    [Fact]
    public async Task Wake_ups_before_a_wait_count_as_one_and_throw_nothing()
    {
        var signal = new OutboxSignal();
        var thrown = 0;
        void Count(object? _, FirstChanceExceptionEventArgs e)
        {
            if (e.Exception is SemaphoreFullException) Interlocked.Increment(ref thrown);
        }

        AppDomain.CurrentDomain.FirstChanceException += Count;
        try
        {
            for (var i = 0; i < 1_000; i++) signal.Set();
        }
        finally
        {
            AppDomain.CurrentDomain.FirstChanceException -= Count;
        }

        Assert.Equal(0, thrown);
        Assert.True(await signal.WaitAsync(TimeSpan.Zero, CancellationToken.None));
        Assert.False(await signal.WaitAsync(TimeSpan.Zero, CancellationToken.None)); // the thousand counted as one
        signal.Set();
        Assert.True(await signal.WaitAsync(TimeSpan.Zero, CancellationToken.None));
    }

    [Fact]
    public async Task A_wake_up_while_waiting_ends_the_wait()
    {
        var signal = new OutboxSignal();
        var waiting = signal.WaitAsync(Timeout.InfiniteTimeSpan, CancellationToken.None);
        Assert.False(waiting.IsCompleted);
        signal.Set();
        Assert.True(await waiting);
    }
}
