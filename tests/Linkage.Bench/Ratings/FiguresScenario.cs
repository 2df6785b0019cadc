using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using Linkage.Bench.Cost;
using Linkage.Bench.Seeding;

namespace Linkage.Bench.Ratings;

/// <summary>Issue 13: the published monthly figures (GET /api/ratings/satisfaction/monthly, public), anonymous residents
/// each from their own address through the gateway, over the province, its cities and counties by every dimension
/// (<see cref="FiguresPaths"/>). The province's totals are checked against the seeded ratings first; every path is read
/// once before the clock, as a closed month's figures are read again and again once published, and the first read after
/// a change (the month's cells rebuilt) is timed on its own.</summary>
public static class FiguresScenario
{
    public static async Task<long> RunAsync(BenchOptions options)
    {
        await using var db = BenchDatabase.From(options);
        var seeded = await MonthOfRatings.EnsureAsync(db, options.Scale);
        var path = FiguresPaths.Path(BenchUsers.Province, MonthOfRatings.Month, "unit");
        var expected = await db.CountAsync($"""
            SELECT count(*) FROM ratings.ratings WHERE "HandlingDivision" LIKE '35%' AND NOT "ExcludedFromFigures"
              AND "RatedOn" >= DATE '{MonthOfRatings.Month}-01' AND "RatedOn" < DATE '{MonthOfRatings.Month}-01' + interval '1 month'
            """);
        using var http = LoopbackClient.Create(options.Gateway, 0);
        await db.ExecuteAsync($"""DELETE FROM ratings.monthly_built WHERE "Month" = DATE '{MonthOfRatings.Month}-01'""");
        var clock = Stopwatch.StartNew();
        var figures = await http.GetFromJsonAsync<JsonElement>(path);
        var rebuilt = clock.Elapsed;
        var cells = figures.GetProperty("cells").EnumerateArray().ToList();
        var total = cells.Sum(c => c.TryGetProperty("total", out var t) && t.ValueKind == JsonValueKind.Number ? t.GetInt64() : 0);
        Console.WriteLine($"figures: {options.Scale} ratings of {MonthOfRatings.Month} in the province ({(seeded ? "seeded now" : "already there")}); " +
            $"{cells.Count} units published, {total} ratings counted (the table holds {expected}); the first read after a change, " +
            $"which rebuilds the month's cells, took {rebuilt.TotalMilliseconds:0} ms");
        if (total != expected || total < options.Scale)
        {
            Console.WriteLine("figures: FAILED, the published totals differ from the seeded ratings");
            return 1;
        }
        var paths = FiguresPaths.All(BenchUsers.Province);
        foreach (var each in paths) (await http.GetAsync(each)).EnsureSuccessStatusCode();
        using var cost = await RunCost.StartAsync(db, options.State);
        var run = await ReadLoop.RunAsync("figures", options.Gateway, paths, (string?)null, options.Clients, options.Duration);
        Console.WriteLine($"figures monthly, {paths.Count} region × dimension × month paths in turn, {options.Clients} anonymous callers " +
            $"through the gateway: {run.PerSecond:0.0}/s p50 {run.Percentile(50):0.00} ms p99 {run.Percentile(99):0.00} ms " +
            $"({run.Failed} failed) (target p99 ≤ 50 ms)");
        foreach (var line in await cost.PerRequestAsync(run.Accepted, "read")) Console.WriteLine(line);
        return run.Failed;
    }
}
