using System.Net.Http.Json;
using System.Text.Json;
using Linkage.Bench.Seeding;

namespace Linkage.Bench.Ratings;

/// <summary>Issue 13: the published monthly figures of the province per unit (GET /api/ratings/satisfaction/monthly,
/// public), anonymous residents each from their own address through the gateway; the totals returned are checked
/// against the seeded ratings first.</summary>
public static class FiguresScenario
{
    public static async Task<long> RunAsync(BenchOptions options)
    {
        await using var db = BenchDatabase.From(options);
        var seeded = await MonthOfRatings.EnsureAsync(db, options.Scale);
        var path = $"/api/ratings/satisfaction/monthly?division={BenchUsers.Province}&month={MonthOfRatings.Month}&by=unit";
        var expected = await db.CountAsync($"""
            SELECT count(*) FROM ratings.ratings WHERE "HandlingDivision" LIKE '35%' AND NOT "ExcludedFromFigures"
              AND "RatedOn" >= DATE '{MonthOfRatings.Month}-01' AND "RatedOn" < DATE '{MonthOfRatings.Month}-01' + interval '1 month'
            """);
        using var http = LoopbackClient.Create(options.Gateway, 0);
        var figures = await http.GetFromJsonAsync<JsonElement>(path);
        var cells = figures.GetProperty("cells").EnumerateArray().ToList();
        var total = cells.Sum(c => c.TryGetProperty("total", out var t) && t.ValueKind == JsonValueKind.Number ? t.GetInt64() : 0);
        Console.WriteLine($"figures: {options.Scale} ratings of {MonthOfRatings.Month} in the province ({(seeded ? "seeded now" : "already there")}); " +
            $"{cells.Count} units published, {total} ratings counted (the table holds {expected})");
        if (total != expected || total < options.Scale)
        {
            Console.WriteLine("figures: FAILED, the published totals differ from the seeded ratings");
            return 1;
        }
        var run = await ReadLoop.RunAsync("figures", options.Gateway, path, null, options.Clients, options.Duration);
        Console.WriteLine($"figures province month by unit, {options.Clients} anonymous callers through the gateway: {run.PerSecond:0.0}/s " +
            $"p50 {run.Percentile(50):0.00} ms p99 {run.Percentile(99):0.00} ms ({run.Failed} failed) (target p99 ≤ 50 ms)");
        return run.Failed;
    }
}
