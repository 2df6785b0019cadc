using HdrHistogram;
using Linkage.Bench.Cost;
using Linkage.Bench.Pacing;

namespace Linkage.Bench.Tiers;

/// <summary>Five tiers as separate deployments (issue 19), on <c>./platform up --tiers</c>: cases forwarded from a
/// village station through the town's and the county's brokers to the city at <c>--tiers-rate</c> a second (default
/// 200), the station's receipt to the city's arrival read from both databases; then the county–city link cut for
/// <c>--cut-seconds</c> (default 600) while the station keeps forwarding at <c>--catchup-rate</c> (default 50), and
/// the catch-up after it is restored: drain rate, and every case counted on both sides (sent, applied, arrived).</summary>
public static class TiersReport
{
    public static async Task<long> RunAsync(string[] args, BenchOptions options, BenchTokens tokens)
    {
        var scenario = new ScenarioArgs(args);
        var layout = new TierLayout((int)scenario.Number("--tiers-port", 42000),
            options.Postgres ?? throw new InvalidOperationException("--pg is needed for the tiers scenario."), options.State);
        await using var ledger = new TierLedger(layout);
        await CityMatter.PublishAsync(layout, tokens);
        using var agent = BenchHttp.Create(layout.Gateway("town"), tokens.For("agent"));
        var benchLogin = new Npgsql.NpgsqlConnectionStringBuilder(options.Postgres).Username; // its polls are the bench's
        var rate = scenario.Number("--tiers-rate", 200);
        var warmUpFailed = await TiersWarmUp.RunAsync(scenario, options, agent, ledger, rate);
        var sustained = await SustainedAsync(layout, agent, ledger, options.State, benchLogin, rate, options.Duration);
        var catchUp = await new CatchUp(layout, ledger, agent).RunAsync(scenario.Number("--catchup-rate", 50), scenario.Seconds("--cut-seconds", 600));
        return warmUpFailed + sustained + catchUp;
    }

    private static async Task<long> SustainedAsync(TierLayout layout, HttpClient agent, TierLedger ledger, string state, string? benchLogin, double rate, TimeSpan duration)
    {
        Console.WriteLine($"tiers: village → county → city through the links, {rate:0} cases/s for {duration.TotalSeconds:0} s at the town's gateway");
        var cpu = File.Exists("/proc/stat") ? ProcessGroups.Read(state, benchLogin) : null;
        var station = new StationCases(agent);
        await using var taps = await HopTaps.OpenAsync(layout);
        var depths = new QueueDepths(layout);
        using var forwarding = new CancellationTokenSource();
        var sampling = depths.SampleAsync(forwarding.Token);
        LoadResult submitted;
        List<Guid> ids;
        Dictionary<Guid, DateTimeOffset> arrived;
        try
        {
            submitted = await station.RunAsync(rate, duration);
            ids = station.Submitted.ToList();
            arrived = await Arrivals.SettleAsync(ledger, ids, TimeSpan.FromSeconds(60));
        }
        finally
        {
            await forwarding.CancelAsync(); // the sampling stops with the forward, also when it throws
            await sampling;
        }
        var received = await ledger.ReceivedAtTownAsync(ids);
        if (cpu is not null && ids.Count > 0)
            Console.WriteLine($"  CPU per forwarded case, the forward until every case arrived ({ids.Count} cases): {ProcessGroups.Read(state, benchLogin).PerCase(cpu, ids.Count)}");
        LoadResult Crossing(Func<Guid, DateTimeOffset> from)
        {
            var latency = new LongHistogram(1, TimeSpan.TicksPerHour, 3);
            foreach (var (id, at) in arrived) latency.RecordValue(Math.Max(1, (at - from(id)).Ticks));
            return new LoadResult("crossing", arrived.Count, ids.Count - arrived.Count, submitted.Elapsed, latency);
        }
        Figure.P99("tiers village → county → city (station received → city arrived)", Crossing(id => received[id]), 500, rate);
        // the agent's wait for the station's answer included: its client's queue, the gateway, the town's request
        Figure.P99("  the same from the agent's send (client clock)", Crossing(id => station.SentAt[id]), 500, rate);
        Console.WriteLine($"  {await ForwardStages.ReadAsync(ledger, received, arrived, taps)}");
        Console.WriteLine($"  queues during the forward (sampled once a second): {depths.Report()}");
        Console.WriteLine($"  station answered {submitted.Accepted} created, {submitted.Failed} refused (p99 {submitted.Percentile(99):0.0} ms); " +
            $"{arrived.Count} of {ids.Count} arrived at the city");
        return submitted.Failed + ids.Count - arrived.Count;
    }
}
