using System.Net.Http.Json;
using Linkage.Bench.Tiers;

namespace Linkage.Bench.Chaos;

/// <summary>The link cut under load (decision 0532): the village agent keeps taking applications for the city's matter at
/// the town's gateway while <c>./platform chaos-fault link-cut</c> cuts the county–city link and restores it, again
/// and again; then every acknowledged case is counted on both sides. Lost: not arrived at the city. Twice: the town
/// sent more than one event for a case, the city applied more of the town's events than cases (by event id), or a key got two cases.</summary>
public sealed class LinkCutRun(ChaosOptions options, TierLayout layout, BenchTokens tokens)
{
    public async Task<FaultRow> RunAsync()
    {
        await CityMatter.PublishAsync(layout, tokens);
        await using var ledger = new TierLedger(layout);
        var statuses = new StatusTally();
        var submitter = new IdempotentSubmitter(layout.Gateway("town"), tokens.For("agent"), statuses, () => JsonContent.Create(CityMatter.Application()));
        using var stop = new CancellationTokenSource();
        var since = DateTimeOffset.UtcNow;
        var submitting = submitter.RunAsync(options.Clients, options.Rate, stop.Token);
        var injected = await new FaultInjector(options.Platform).RepeatAsync(ChaosOptions.LinkCut, options.Count, options.Between, () => submitter.Accepted.Count);
        await stop.CancelAsync();
        await submitting;
        var accepted = submitter.Accepted.Values.ToList();
        var arrived = await SettleAsync(ledger, accepted);
        var sent = await ledger.SentByTownAsync(accepted);
        var applied = await ledger.AppliedByCityAsync(sent);
        var twice = applied.Twice + Math.Max(0, sent.Count - accepted.Count) + submitter.Duplicates;
        Console.WriteLine($"  link-cut: town accepted {accepted.Count} and sent {sent.Count}; the city applied {applied.Applications} for {applied.Cases} cases, arrived {arrived}");
        return new FaultRow(ChaosOptions.LinkCut, injected, accepted.Count, accepted.Count - arrived, twice,
            await ledger.UnacknowledgedAtTownAsync(accepted, since), submitter.GaveUp, statuses.Snapshot());
    }

    private async Task<long> SettleAsync(TierLedger ledger, IReadOnlyList<Guid> accepted)
    {
        var deadline = DateTime.UtcNow + options.Settle;
        while (true)
        {
            var arrived = (await ledger.ArrivedAtCityAsync(accepted)).Count;
            if (arrived == accepted.Count || DateTime.UtcNow > deadline) return arrived;
            await Task.Delay(TimeSpan.FromSeconds(1));
        }
    }
}
