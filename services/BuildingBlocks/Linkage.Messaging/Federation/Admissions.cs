namespace Linkage.Messaging;

/// <summary>The admissions of a round's events (payload, <c>Serves</c>, the SM2 signature, <c>Sends</c> and
/// <c>Speaks</c>): CPU only, reading nothing a round's application writes. Begun <see cref="OneByOne"/> on a thread of its
/// own while the round before applies (decision 0718), one event after another, and finished side by side on up to one
/// thread per core when the round is due (0707). Each event is admitted once, by whichever thread takes it first; its
/// verdict is the one it would get alone.</summary>
internal sealed class Admissions
{
    private static readonly int Workers = Environment.ProcessorCount;

    private readonly FederationDispatcher dispatcher;
    private readonly IReadOnlyList<FederationEvent> events;
    private readonly (FederationVerdict Verdict, List<(IFederationSubscription Subscription, object Payload)> Handlers)[] each;
    private readonly TaskCompletionSource all = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int taken = -1;
    private int done;

    public Admissions(FederationDispatcher dispatcher, IReadOnlyList<FederationEvent> events)
    {
        this.dispatcher = dispatcher;
        this.events = events;
        each = new (FederationVerdict, List<(IFederationSubscription, object)>)[events.Count];
        if (events.Count == 0) all.SetResult();
    }

    public (FederationVerdict Verdict, List<(IFederationSubscription Subscription, object Payload)> Handlers) this[int i] => each[i];

    /// <summary>Admits on this thread, one event after another, what no other thread has taken yet; tells
    /// <paramref name="admitted"/> each verdict.</summary>
    public void OneByOne(Action<FederationVerdict> admitted) => Work(admitted);

    /// <summary>Admits what is left side by side, then waits for the events other threads are still admitting.</summary>
    public Task CompleteAsync()
    {
        if (Volatile.Read(ref taken) < events.Count - 1) Parallel.For(0, Workers, new ParallelOptions { MaxDegreeOfParallelism = Workers }, _ => Work(null));
        return all.Task;
    }

    private void Work(Action<FederationVerdict>? admitted)
    {
        int i;
        while (!all.Task.IsCompleted && (i = Interlocked.Increment(ref taken)) < events.Count)
        {
            try
            {
                each[i] = dispatcher.Admit(events[i]);
            }
            catch (Exception ex)
            {
                all.TrySetException(ex); // a bug, not a verdict: the round fails as a whole and its deliveries stay unacked
                return;
            }
            admitted?.Invoke(each[i].Verdict);
            if (Interlocked.Increment(ref done) == events.Count) all.TrySetResult();
        }
    }
}
