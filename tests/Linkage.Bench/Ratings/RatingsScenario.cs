using Linkage.Bench.Cost;
using Linkage.Bench.Seeding;

namespace Linkage.Bench.Ratings;

/// <summary>Issue 13: ratings at a fixed rate (default 500/s) through the gateway: offered against achieved, latency
/// and failures, and beside them what each rating cost the database, counted (<see cref="RunCost"/>). The invitations
/// are seeded before the clock starts.</summary>
public static class RatingsScenario
{
    public static async Task<long> RunAsync(BenchOptions options, BenchTokens tokens)
    {
        await using var db = BenchDatabase.From(options);
        var needed = (long)Math.Ceiling(options.RatingsRate * (options.Warmup + options.Duration).TotalSeconds) + 1;
        var invitations = await new Invitations(db).SeedAsync(needed, tokens.IdDigestOf("resident"));
        using var cost = await RunCost.StartAsync(db, options.State);
        var rated = await RatedAsync(db);
        var run = await new PacedRatings(options.Gateway, tokens.For("resident"), invitations)
            .RunAsync(options.RatingsRate, options.Warmup, options.Duration);
        Console.WriteLine($"ratings {options.RatingsRate:0}/s offered ({run.Offered} in {run.Sending.TotalSeconds:0.0} s): achieved " +
            $"{run.Created / run.Elapsed.TotalSeconds:0.0}/s p50 {run.Percentile(50):0.00} ms p99 {run.Percentile(99):0.00} ms, " +
            $"{run.Failed} failed (target 500/s, p99 ≤ 100 ms)");
        await SettledAsync(db);
        foreach (var line in await cost.PerRequestAsync(await RatedAsync(db) - rated, "rating")) Console.WriteLine(line);
        return run.Failed + (run.Created + run.Failed == run.Offered ? 0 : 1);
    }

    private static Task<long> RatedAsync(BenchDatabase db) =>
        db.CountAsync($"""SELECT count(*) FROM ratings.ratings WHERE "HandlingOrgUnitId" = '{Invitations.Unit}'""");

    /// <summary>Until the ratings' outbox is sent and supervision has taken in what it was sent (its inbox no longer grows).</summary>
    private static async Task SettledAsync(BenchDatabase db)
    {
        for (var i = 0; i < 240 && await db.CountAsync("SELECT count(*) FROM ratings.outbox_messages WHERE dispatched_at IS NULL") > 0; i++)
            await Task.Delay(500);
        for (long last = -1, now, i = 0; i < 60 && (now = await db.CountAsync("SELECT count(*) FROM supervision.inbox_messages")) != last; i++)
        {
            last = now;
            await Task.Delay(1_000);
        }
    }
}
