namespace Linkage.Bench.Chaos;

/// <summary>One fault kind under load: clerks submit and reviewers approve through the gateway while the fault is
/// injected <see cref="ChaosOptions.Count"/> times at random points; then the submissions stop, every accepted case is
/// given time to reach its end state, and the ledger counts them.</summary>
public sealed class ChaosRun(ChaosOptions options, Uri gateway, string clerkToken, IReadOnlyList<string> reviewerTokens, CaseLedger ledger)
{
    public async Task<FaultRow> RunAsync(string fault)
    {
        var statuses = new StatusTally();
        var submitter = new IdempotentSubmitter(gateway, clerkToken, statuses);
        using var stopSubmitting = new CancellationTokenSource();
        using var stopApproving = new CancellationTokenSource();
        var since = DateTimeOffset.UtcNow;
        var submitting = submitter.RunAsync(options.Clients, options.Rate, stopSubmitting.Token);
        var approving = reviewerTokens.Select(t => new Approver(gateway, t, statuses, () => submitter.Accepted.Values.ToList()).RunAsync(stopApproving.Token)).ToList();
        var injected = await new FaultInjector(options.Platform).RepeatAsync(fault, options.Count, options.Between, () => submitter.Accepted.Count);
        await stopSubmitting.CancelAsync();
        await submitting;
        var outcome = await ledger.SettleAsync(submitter.Accepted.Values.ToList(), since, options.Settle);
        await stopApproving.CancelAsync();
        await Task.WhenAll(approving);
        return new FaultRow(fault, injected, submitter.Accepted.Count, outcome.Lost, outcome.Duplicated + submitter.Duplicates,
            outcome.Unacknowledged, submitter.GaveUp, statuses.Snapshot());
    }
}
