using System.Diagnostics;

namespace Linkage.Messaging;

/// <summary>A work item queued to the thread pool's global queue when a batch begins to settle: how long it waited to
/// run is how long any continuation queued then waited for a thread (decision 0837), and the pool's pending items
/// then are the queue it waited behind.</summary>
internal sealed class PoolProbe : IThreadPoolWorkItem
{
    private readonly long queued = Stopwatch.GetTimestamp();
    private long ran;

    public long PendingAtQueue { get; } = ThreadPool.PendingWorkItemCount;

    public static PoolProbe Queue()
    {
        var probe = new PoolProbe();
        ThreadPool.UnsafeQueueUserWorkItem(probe, preferLocal: false);
        return probe;
    }

    /// <summary>Milliseconds it waited in the queue; -1 while it still waits.</summary>
    public long WaitedMs => Volatile.Read(ref ran) is var at and > 0 ? (long)Stopwatch.GetElapsedTime(queued, at).TotalMilliseconds : -1;

    public void Execute() => Volatile.Write(ref ran, Stopwatch.GetTimestamp());
}
