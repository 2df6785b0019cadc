using Linkage.Bench.Pacing;

namespace Linkage.Bench.Tiers;

/// <summary>Store and forward across a cut county–city link: the station keeps forwarding while the link is down (the
/// events wait in the county's node), then the link is restored and the city drains them. Nothing may arrive during
/// the cut, nothing may be lost, nothing applied twice.</summary>
public sealed class CatchUp(TierLayout layout, TierLedger ledger, HttpClient agent)
{
    public async Task<long> RunAsync(double rate, TimeSpan cut)
    {
        var link = new TierLink(layout, "county", "city");
        Console.WriteLine($"tiers catch-up: the county–city link cut for {cut.TotalSeconds:0} s while the station forwards {rate:0} cases/s");
        await link.CutAsync();
        var station = new StationCases(agent);
        var submitted = await station.RunAsync(rate, cut);
        var ids = station.Submitted.ToList();
        var duringCut = (await ledger.ArrivedAtCityAsync(ids)).Count;
        var restoredAt = DateTimeOffset.UtcNow;
        await link.RestoreAsync();
        var arrived = await Arrivals.SettleAsync(ledger, ids, TimeSpan.FromSeconds(120));
        var sent = await ledger.SentByTownAsync(ids);
        var applied = await ledger.AppliedByCityAsync(sent);
        var drain = applied.Last is { } end && end > restoredAt ? (end - restoredAt).TotalSeconds : double.NaN;
        Figure.Line("tiers catch-up drain rate after the cut", $"{arrived.Count / drain:0} events/s ({arrived.Count} in {drain:0.0} s after the restore)", "≥ 1000 events/s");
        var lost = ids.Count - arrived.Count;
        Figure.Line("tiers catch-up counts", $"station accepted {ids.Count} ({submitted.Failed} refused), town sent {sent.Count}, " +
            $"city applied {applied.Applications} for {applied.Cases} cases, arrived {arrived.Count}, during the cut {duringCut}; " +
            $"lost {lost}, twice {applied.Twice}", "lost 0, twice 0");
        return submitted.Failed + Math.Abs(lost) + applied.Twice + Math.Abs(sent.Count - ids.Count) + duringCut;
    }
}
