using System.Collections.Concurrent;
using System.Threading.Channels;

namespace Linkage.Bench.Lifecycle;

/// <summary>The cases a flooded run's clerk created, handed to every department's reviewer once the case's review has
/// opened (<paramref name="reviewOpened"/>, waited for at most <paramref name="giveUp"/>), in the order they opened. The run's reviewers decide these and no others,
/// so a run never works off the review tasks that earlier runs left undecided in the database, and its certificates
/// are counted for these cases only (issue 17, decision 0802).</summary>
public sealed class RunCases(Func<Guid, Task> reviewOpened, int departments, TimeSpan giveUp)
{
    private readonly ConcurrentQueue<Guid> created = new();
    private readonly Channel<Guid>[] opened = [.. Enumerable.Range(0, departments).Select(_ => Channel.CreateUnbounded<Guid>())];
    private long notOpened;

    /// <summary>The run's cases so far.</summary>
    public IReadOnlyList<Guid> Created => created.ToArray();

    /// <summary>Cases whose review did not open within the give-up: never handed to a reviewer.</summary>
    public long NotOpened => Interlocked.Read(ref notOpened);

    /// <summary>The cases whose review has opened, for the department's reviewer (its index in the run's reviewers).</summary>
    public ChannelReader<Guid> For(int department) => opened[department].Reader;

    public void Add(Guid caseId)
    {
        created.Enqueue(caseId);
        _ = HandOverAsync(caseId);
    }

    private async Task HandOverAsync(Guid caseId)
    {
        try
        {
            await reviewOpened(caseId).WaitAsync(giveUp);
        }
        catch (TimeoutException)
        {
            Interlocked.Increment(ref notOpened);
            return;
        }
        catch (Exception) { return; } // the run ended (its progress stopped) before the review opened: left undecided
        foreach (var department in opened) department.Writer.TryWrite(caseId);
    }
}
