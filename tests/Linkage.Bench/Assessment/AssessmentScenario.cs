using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using Linkage.Bench.Seeding;

namespace Linkage.Bench.Assessment;

/// <summary>Issue 12: the monthly assessment (一月一考核) of the province over 1,000 units, POST /api/supervision/assessments
/// as the province supervisor through the gateway: the first run (rules frozen) and two re-runs, each timed whole.</summary>
public static class AssessmentScenario
{
    private const int Runs = 3;

    public static async Task<long> RunAsync(BenchOptions options, BenchTokens tokens)
    {
        await using var db = BenchDatabase.From(options);
        var seeded = await MonthSeed.EnsureAsync(db);
        using var http = LoopbackClient.Create(options.Gateway, 0, tokens.For(BenchUsers.ProvinceSupervisor));
        http.Timeout = TimeSpan.FromMinutes(2);
        var path = $"/api/supervision/assessments?division={BenchUsers.Province}&month={MonthSeed.Month}";
        var failed = 0L;
        Console.WriteLine($"assessment {MonthSeed.Month} of the province over {MonthSeed.Units} bench units ({(seeded ? "seeded now" : "already there")})");
        for (var run = 1; run <= Runs; run++)
        {
            var clock = Stopwatch.StartNew();
            using var response = await http.PostAsync(path, null);
            var body = response.IsSuccessStatusCode ? await response.Content.ReadFromJsonAsync<JsonElement>() : default;
            var elapsed = clock.Elapsed;
            var units = response.IsSuccessStatusCode ? BenchUnits(body) : 0;
            if (units != MonthSeed.Units) failed++;
            Console.WriteLine($"assessment {MonthSeed.Month} of the province, run {run} of {Runs}: " +
                $"{(int)response.StatusCode}, {units} bench units scored, wall time {elapsed.TotalSeconds:0.00} s (target ≤ 10 s)");
        }
        return failed;
    }

    private static int BenchUnits(JsonElement result) => result.GetProperty("subjects").EnumerateArray()
        .Count(s => s.GetProperty("kind").GetString() == "unit" && s.GetProperty("key").GetString()!.StartsWith("bench-assess-", StringComparison.Ordinal));
}
