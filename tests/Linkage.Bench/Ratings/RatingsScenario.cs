using Linkage.Bench.Seeding;

namespace Linkage.Bench.Ratings;

/// <summary>Issue 13: ratings at a fixed rate (default 500/s) through the gateway: offered against achieved, latency
/// and failures. The invitations are seeded before the clock starts.</summary>
public static class RatingsScenario
{
    public static async Task<long> RunAsync(BenchOptions options, BenchTokens tokens)
    {
        await using var db = BenchDatabase.From(options);
        var needed = (long)Math.Ceiling(options.RatingsRate * (options.Warmup + options.Duration).TotalSeconds) + 1;
        var invitations = await new Invitations(db).SeedAsync(needed, tokens.IdDigestOf("resident"));
        var run = await new PacedRatings(options.Gateway, tokens.For("resident"), invitations)
            .RunAsync(options.RatingsRate, options.Warmup, options.Duration);
        Console.WriteLine($"ratings {options.RatingsRate:0}/s offered ({run.Offered} in {run.Sending.TotalSeconds:0.0} s): achieved " +
            $"{run.Created / run.Elapsed.TotalSeconds:0.0}/s p50 {run.Percentile(50):0.00} ms p99 {run.Percentile(99):0.00} ms, " +
            $"{run.Failed} failed (target 500/s, p99 ≤ 100 ms)");
        return run.Failed + (run.Created + run.Failed == run.Offered ? 0 : 1);
    }
}
