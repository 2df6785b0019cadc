using System.Globalization;

namespace Linkage.Bench;

/// <summary><c>--only intake,lifecycle,verify,forward,catalog</c> picks scenarios (default: those, in that order; also chaos,
/// the seeded sweep, stats, assessment, ratings, figures, audit, and video, hall, payments, tiers with options of their
/// own: docs/performance.md). <c>--scale</c>: the seeded scenarios' size (default 1,000,000). <c>--rabbit-mgmt</c>: the
/// brokers' management APIs (comma-separated: the all-in-one's, the tiers' nodes), asked with the databases of
/// <c>--pg</c>'s cluster whether the backlog has drained before each scenario, for at most <c>--drain-seconds</c> (300).
/// <c>--reviewer-decisions</c>: the decisions each department's reviewer in the life cycle has in flight (8).
/// <c>--lifecycle-paced-rate</c>: the life cycle's open loop of carried cases (half the closed loop's rate).</summary>
public sealed record BenchOptions(
    Uri Gateway, Uri Direct, string State, int Clients, TimeSpan Duration, TimeSpan Warmup, double? PgbenchTps,
    IReadOnlySet<string> Scenarios, double LifecycleRate, string? Postgres, double CatalogRate, double ForwardRate,
    int Scale, double RatingsRate, IReadOnlyList<Uri> RabbitManagement, TimeSpan DrainCap, int ReviewerDecisions,
    double? LifecyclePacedRate)
{
    public bool Runs(string scenario) => Scenarios.Contains(scenario);

    public static BenchOptions Parse(string[] args)
    {
        string? Value(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
        double Number(string name, string fallback) => double.Parse(Value(name) ?? fallback, CultureInfo.InvariantCulture);
        return new BenchOptions(
            new Uri(Value("--gateway") ?? "http://127.0.0.1:8080"),
            new Uri(Value("--direct") ?? "http://127.0.0.1:5100"),
            Value("--state") ?? ".platform",
            int.Parse(Value("--clients") ?? "32", CultureInfo.InvariantCulture),
            TimeSpan.FromSeconds(Number("--seconds", "20")),
            TimeSpan.FromSeconds(Number("--warmup", "3")),
            Value("--pgbench-tps") is not null ? Number("--pgbench-tps", "0") : null,
            (Value("--only") ?? "intake,lifecycle,verify,forward,catalog").Split(',', StringSplitOptions.RemoveEmptyEntries).ToHashSet(),
            Number("--lifecycle-rate", "100"),
            Value("--pg"),
            Number("--catalog-rate", "500"),
            Number("--forward-rate", "20"),
            int.Parse(Value("--scale") ?? "1000000", CultureInfo.InvariantCulture), Number("--ratings-rate", "500"),
            (Value("--rabbit-mgmt") ?? "http://127.0.0.1:15672/").Split(',', StringSplitOptions.RemoveEmptyEntries).Select(u => new Uri(u)).ToList(), TimeSpan.FromSeconds(Number("--drain-seconds", "300")),
            int.Parse(Value("--reviewer-decisions") ?? "8", CultureInfo.InvariantCulture),
            Value("--lifecycle-paced-rate") is not null ? Number("--lifecycle-paced-rate", "0") : null);
    }
}
