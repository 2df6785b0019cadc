using System.Globalization;

namespace Linkage.Bench.Chaos;

/// <summary><c>--faults host-kill,rabbit-restart,pg-restart,link-cut</c> (default: all), <c>--count</c> faults of each kind
/// (default 10), <c>--between-seconds</c> of load between two faults (default 20), <c>--settle-seconds</c> for every
/// accepted case to reach its end state (default 600), <c>--platform</c> the script that injects them, <c>--report</c>
/// a JSON file for the results, <c>--clients</c> submitting at once (default 8) at most <c>--rate</c> applications a
/// second in all (default 5: what three reviewers approve on a shared two-core machine), <c>--tiers-port</c> where
/// <c>up --tiers</c> put the deployments whose link <c>link-cut</c> cuts (default 42000).</summary>
public sealed record ChaosOptions(
    IReadOnlyList<string> Faults, int Count, TimeSpan Between, TimeSpan Settle, string Platform, string? Report, int Clients, double Rate,
    int TiersPort)
{
    public const string LinkCut = "link-cut";

    public static readonly IReadOnlyList<string> AllFaults = ["host-kill", "rabbit-restart", "pg-restart", LinkCut];

    public static ChaosOptions Parse(string[] args)
    {
        string? Value(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
        double Number(string name, string fallback) => double.Parse(Value(name) ?? fallback, CultureInfo.InvariantCulture);
        var faults = (Value("--faults") ?? string.Join(',', AllFaults)).Split(',', StringSplitOptions.RemoveEmptyEntries);
        var unknown = faults.Except(AllFaults).ToList();
        if (unknown.Count > 0) throw new ArgumentException($"Unknown fault(s) {string.Join(", ", unknown)}; known: {string.Join(", ", AllFaults)}.");
        return new ChaosOptions(
            faults,
            (int)Number("--count", "10"),
            TimeSpan.FromSeconds(Number("--between-seconds", "20")),
            TimeSpan.FromSeconds(Number("--settle-seconds", "600")),
            Value("--platform") ?? "./platform",
            Value("--report"),
            (int)Number("--clients", "8"),
            Number("--rate", "5"),
            (int)Number("--tiers-port", "42000"));
    }
}
