namespace Linkage.Bench;

/// <summary>The command line checked before anything runs: <c>--help</c> prints the options and exits 0, an option the
/// bench does not know (or a value without its option) exits 2 with a message, so a typo never starts a run.</summary>
public static class BenchUsage
{
    private static readonly (string Name, string Text)[] Options =
    [
        ("--only", "scenarios, comma-separated (default intake,lifecycle,verify,forward,catalog; also chaos, video, hall, payments, tiers, sweep, stats, assessment, ratings, figures, audit)"),
        ("--gateway", "the gateway's URL (http://127.0.0.1:8080)"),
        ("--direct", "the host's URL (http://127.0.0.1:5100)"),
        ("--state", "the platform's state folder, for tokens and the host's pid (.platform)"),
        ("--pg", "connection string of the linkage database (lifecycle, forward, cost counts)"),
        ("--rabbit-mgmt", "RabbitMQ management URLs, comma-separated, asked whether the backlog drained"),
        ("--drain-seconds", "longest wait for the backlog before a scenario (300)"),
        ("--clients", "concurrent clients (32; chaos: 8)"),
        ("--seconds", "measured seconds per run (20)"),
        ("--warmup", "warm-up seconds (3)"),
        ("--pgbench-tps", "pgbench's rate from the same run, to compare with"),
        ("--scale", "size of the seeded scenarios (1000000)"),
        ("--lifecycle-rate", "offered life cycles a second (100)"),
        ("--lifecycle-paced-rate", "life cycle: cases a second offered with each case carried (half the closed loop's rate)"),
        ("--reviewer-decisions", "life cycle: decisions each department's reviewer has in flight (8)"),
        ("--catalog-rate", "catalog gRPC look-ups a second (500)"),
        ("--forward-rate", "forwarded cases a second (20)"),
        ("--ratings-rate", "ratings a second (500)"),
        ("--faults", "chaos: fault kinds, comma-separated (host-kill,rabbit-restart,pg-restart,link-cut)"),
        ("--count", "chaos: faults of each kind (10)"),
        ("--between-seconds", "chaos: load between two faults (20)"),
        ("--settle-seconds", "chaos: wait for every accepted case's end state (600)"),
        ("--platform", "chaos: the script that injects faults (./platform)"),
        ("--report", "chaos: JSON file for the results"),
        ("--rate", "chaos: applications a second in all (5)"),
        ("--tiers-port", "tiers: first port of the three deployments (42000)"),
        ("--tiers-rate", "tiers: cases a second (200)"),
        ("--tiers-warmup", "tiers: seconds forwarded before the measured forward, not counted; 0 for none (15)"),
        ("--tiers-warmup-rate", "tiers: cases a second of that warm-up, at most --tiers-rate (60)"),
        ("--catchup-rate", "tiers: cases a second while the link is cut (50)"),
        ("--cut-seconds", "tiers: how long the link stays cut (600)"),
        ("--room-rate", "video: rooms a second (5)"),
        ("--join-rate", "video: joins a second (50)"),
        ("--media-seconds", "video: media session length (30)"),
        ("--hall-rate", "hall: tickets a second (100)"),
        ("--payments-rate", "payments: payments a second (20)"),
    ];

    /// <summary>Null when the bench should run; otherwise the exit code, after printing the usage or the error.</summary>
    public static int? Check(string[] args, TextWriter output, TextWriter error)
    {
        if (args.Any(a => a is "--help" or "-h"))
        {
            output.WriteLine("Usage: Linkage.Bench [--option value]...  (./platform bench passes the URLs, --pg and --state)");
            foreach (var (name, text) in Options) output.WriteLine($"  {name,-18} {text}");
            return 0;
        }
        for (var i = 0; i < args.Length; i += 2)
        {
            var problem = !Options.Any(o => o.Name == args[i]) ? $"unknown option '{args[i]}'"
                : i + 1 == args.Length ? $"option '{args[i]}' needs a value"
                : null;
            if (problem is null) continue;
            error.WriteLine($"Linkage.Bench: {problem}; --help lists the options.");
            return 2;
        }
        return null;
    }
}
