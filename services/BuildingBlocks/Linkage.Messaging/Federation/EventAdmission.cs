namespace Linkage.Messaging;

/// <summary>One event's admission (<see cref="FederationDispatcher.Admit"/>: payload, <c>Serves</c>, the SM2 signature,
/// <c>Sends</c> and <c>Speaks</c>), claimed by whichever thread comes to it first: the receiver's arrival thread
/// (decision 0828), 0718's thread ahead, the due round's workers (0707) or the delivery going alone. Done once; the
/// others wait for <see cref="Done"/> and read its verdict.</summary>
internal sealed class EventAdmission(FederationEvent e)
{
    private readonly TaskCompletionSource done = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int claimed;

    public FederationEvent Event => e;

    public bool Claimed => Volatile.Read(ref claimed) != 0;

    public Task Done => done.Task;

    /// <summary>Set before <see cref="Done"/> completes.</summary>
    public (FederationVerdict Verdict, List<(IFederationSubscription Subscription, object Payload)> Handlers) Result
    {
        get;
        private set;
    }

    /// <summary>Admits the event unless another thread has claimed it; <paramref name="by"/> names the claimant
    /// (<c>linkage.federation.admitted</c>). True when this thread admitted it.</summary>
    public bool TryAdmit(FederationDispatcher dispatcher, string by)
    {
        if (Interlocked.Exchange(ref claimed, 1) != 0) return false;
        try
        {
            Result = dispatcher.Admit(e);
        }
        catch (Exception ex)
        {
            done.SetException(ex); // a bug, not a verdict: its round fails as a whole and its deliveries stay unacked
            return true;
        }
        done.SetResult(); // before the count: a throwing listener must not leave the waiters waiting
        MessagingTelemetry.Admitted.Add(1, new("type", e.Type), new("by", by),
            new("outcome", Result.Verdict.Outcome.ToString()));
        return true;
    }
}
