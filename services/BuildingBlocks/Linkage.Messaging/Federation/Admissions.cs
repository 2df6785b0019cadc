namespace Linkage.Messaging;

/// <summary>The admissions of a round's events (<see cref="EventAdmission"/>): CPU only, reading nothing a round's
/// application writes. Most are claimed as their deliveries arrive (decision 0828); what is left is begun
/// <see cref="OneByOne"/> on a thread of its own while the round before applies (0718), and finished side by side on up
/// to one thread per core when the round is due (0707). Each event is admitted once, by whichever thread claims it
/// first; its verdict is the one it would get alone.</summary>
internal sealed class Admissions(FederationDispatcher dispatcher, IReadOnlyList<EventAdmission> each)
{
    private static readonly int Workers = Environment.ProcessorCount;

    private int next = -1;

    public (FederationVerdict Verdict, List<(IFederationSubscription Subscription, object Payload)> Handlers) this[int i] =>
        each[i].Result;

    /// <summary>Admits on this thread, one event after another, what no other thread has claimed yet; tells
    /// <paramref name="admitted"/> each verdict.</summary>
    public void OneByOne(Action<FederationVerdict> admitted)
    {
        int i;
        while ((i = Interlocked.Increment(ref next)) < each.Count)
            if (each[i].TryAdmit(dispatcher, "ahead") && each[i].Done.IsCompletedSuccessfully)
                admitted(each[i].Result.Verdict);
    }

    /// <summary>Admits what is left side by side, then waits for the events other threads are still admitting.</summary>
    public Task CompleteAsync()
    {
        if (each.Any(a => !a.Claimed))
            Parallel.For(0, Workers, new ParallelOptions { MaxDegreeOfParallelism = Workers }, _ =>
            {
                int i;
                while ((i = Interlocked.Increment(ref next)) < each.Count) each[i].TryAdmit(dispatcher, "due");
            });
        return each.All(a => a.Done.IsCompletedSuccessfully)
            ? Task.CompletedTask
            : Task.WhenAll(each.Select(a => a.Done));
    }
}
