namespace Linkage.Bench.Pacing;

/// <summary>One line per figure of an issue's target table: the figure, its target beside it, offered and achieved rates.</summary>
public static class Figure
{
    public static void P99(string what, LoadResult result, double targetMs, double offered) =>
        Console.WriteLine($"{what}: {Latency(result)} (target p99 ≤ {targetMs:0} ms); " +
            $"offered {offered:0.#}/s, achieved {result.PerSecond:0.#}/s; {result.Accepted} ok, {result.Failed} failed");

    private static string Latency(LoadResult result) => result.Latency.TotalCount == 0
        ? "no latency measured"
        : $"p99 {result.Percentile(99):0.0} ms, p50 {result.Percentile(50):0.0} ms";

    public static void Line(string what, string value, string target) => Console.WriteLine($"{what}: {value} (target {target})");
}
