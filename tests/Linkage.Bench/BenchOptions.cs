namespace Linkage.Bench;

public sealed record BenchOptions(Uri Gateway, Uri Direct, string State, int Clients, TimeSpan Duration, TimeSpan Warmup, double? PgbenchTps)
{
    public static BenchOptions Parse(string[] args)
    {
        string? Value(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
        return new BenchOptions(
            new Uri(Value("--gateway") ?? "http://127.0.0.1:8080"),
            new Uri(Value("--direct") ?? "http://127.0.0.1:5100"),
            Value("--state") ?? ".platform",
            int.Parse(Value("--clients") ?? "32"),
            TimeSpan.FromSeconds(double.Parse(Value("--seconds") ?? "20")),
            TimeSpan.FromSeconds(double.Parse(Value("--warmup") ?? "3")),
            Value("--pgbench-tps") is { } tps ? double.Parse(tps, System.Globalization.CultureInfo.InvariantCulture) : null);
    }
}
