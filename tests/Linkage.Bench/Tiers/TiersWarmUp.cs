using Linkage.Bench.Pacing;
using Linkage.Bench.Scenarios;

namespace Linkage.Bench.Tiers;

/// <summary>The forward measured on warm deployments (decision 0854): before it, the station forwards as
/// <see cref="TiersWarmUpPlan"/> says, then waits until those cases have arrived at the city and every broker's backlog
/// has drained. Fresh hosts run their first requests in unoptimised code (tiered compilation, 0753); at 200/s on one
/// 2-core machine they fell behind in the first seconds and did not catch up within the 20 s measured. The warm-up's
/// cases are in no figure of the forward (the cost report's, read over the whole scenario, includes them); its refused
/// and lost cases are the scenario's failures. Only the brokers are waited for, not the tiers' outboxes.</summary>
public static class TiersWarmUp
{
    public static async Task<long> RunAsync(ScenarioArgs scenario, BenchOptions options, HttpClient agent, TierLedger ledger, double measuredRate)
    {
        var plan = TiersWarmUpPlan.Of(scenario, measuredRate);
        if (!plan.Runs) return 0;
        var (duration, rate) = plan;
        var station = new StationCases(agent);
        var sent = await station.RunAsync(rate, duration);
        var arrived = await Arrivals.SettleAsync(ledger, station.Submitted.ToList(), TimeSpan.FromSeconds(60));
        Console.WriteLine($"tiers warm-up: {rate:0} cases/s for {duration.TotalSeconds:0} s at the town's gateway, {sent.Accepted} " +
            $"created ({sent.Failed} refused), {arrived.Count} arrived at the city; not in the forward's figures");
        await new Backlog(options.RabbitManagement, options.Postgres).WaitDrainedAsync("the measured forward", options.DrainCap);
        return sent.Failed + station.Submitted.Count - arrived.Count;
    }
}
