using System.Net.Http.Json;
using System.Text.Json;
using Linkage.Bench.Seeding;

namespace Linkage.Bench.Stats;

/// <summary>Issue 12: the year's stats of the province by child region (GET /api/supervision/stats/breakdown?by=child-region)
/// as the province supervisor, through the gateway; the figures returned are checked against the seeded counters first.</summary>
public static class StatsScenario
{
    public static async Task<long> RunAsync(BenchOptions options, BenchTokens tokens)
    {
        await using var db = BenchDatabase.From(options);
        var seeded = await CounterSeed.EnsureAsync(db, options.Scale);
        var token = tokens.For(BenchUsers.ProvinceSupervisor);
        var path = $"/api/supervision/stats/breakdown?division={BenchUsers.Province}&from={CounterSeed.From}&to={CounterSeed.To}&by=child-region";
        var cases = CounterSeed.Rows(options.Scale) * CounterSeed.CasesPerRow;
        var expected = await db.CountAsync($"""
            SELECT coalesce(sum("Received"), 0) FROM supervision.daily_counts
            WHERE "HandlingDivision" LIKE '35%' AND "Day" BETWEEN DATE '{CounterSeed.From}' AND DATE '{CounterSeed.To}'
            """);
        using var http = LoopbackClient.Create(options.Gateway, 0, token);
        var rows = await http.GetFromJsonAsync<JsonElement>(path);
        var (received, completed) = (Sum(rows, "received"), Sum(rows, "completed"));
        Console.WriteLine($"stats: {cases} cases of 2024 in {CounterSeed.Rows(options.Scale)} counter rows ({(seeded ? "seeded now" : "already there")}); " +
            $"by child region: {rows.GetArrayLength()} cities, received {received}, completed {completed} (the counters hold {expected})");
        if (received != expected || completed < cases || received < cases)
        {
            Console.WriteLine("stats: FAILED, the endpoint's totals differ from the seeded counters");
            return 1;
        }
        var staff = Enumerable.Range(0, options.Clients).Select(i => tokens.For(BenchUsers.ProvinceSupervisor with
        {
            UserName = $"{BenchUsers.ProvinceSupervisor.UserName}-{i}",
        })).ToArray();
        var run = await ReadLoop.RunAsync("stats", options.Gateway, [path], i => staff[i], options.Clients, options.Duration);
        Console.WriteLine($"stats province year by child region, {options.Clients} supervisors through the gateway: {run.PerSecond:0.0}/s " +
            $"p50 {run.Percentile(50):0.00} ms p99 {run.Percentile(99):0.00} ms ({run.Failed} failed) (target p99 ≤ 50 ms)");
        return run.Failed;
    }

    private static long Sum(JsonElement rows, string field) => rows.EnumerateArray().Sum(r => r.GetProperty(field).GetInt64());
}
