namespace Linkage.Messaging.Tests.Federation;

/// <summary>Counts each run, then fails: a receiver that cannot apply anything (its database away, a bug).</summary>
public sealed class FailingProbeHandler(FailingProbeHandler.Runs runs) : IFederationHandler<FederationProbe>
{
    public Task HandleAsync(FederationEvent envelope, FederationProbe payload, CancellationToken ct)
    {
        Interlocked.Increment(ref runs.Count);
        throw new InvalidOperationException($"Probe {payload.Key} fails");
    }

    /// <summary>Shared by the hosts of one test, so a restart does not reset it.</summary>
    public sealed class Runs
    {
        public int Count;
    }
}
