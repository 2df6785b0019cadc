namespace Linkage.Bench;

/// <summary>The accepted rate of each warm-up window, first to last: the first is the cold rate (JIT, empty pools and
/// caches), the last the one the measured run starts from.</summary>
public sealed record WarmUp(TimeSpan Window, IReadOnlyList<double> Rates)
{
    public const double Tolerance = 0.10;
    public const int MaxWindows = 10;

    /// <summary>Two windows in a row within <see cref="Tolerance"/> of each other.</summary>
    public static bool Settled(IReadOnlyList<double> rates) =>
        rates.Count >= 2 && rates[^1] > 0 && Math.Abs(rates[^1] - rates[^2]) <= Tolerance * rates[^1];

    public override string ToString() =>
        $"warm-up in {Window.TotalSeconds:0.#} s windows: {string.Join(", ", Rates.Select(r => $"{r:0.0}"))}/s " +
        (Settled(Rates) ? $"(settled: the last two within {Tolerance:P0}; first {Rates[0]:0.0}/s, warm {Rates[^1]:0.0}/s)"
            : $"(NOT settled after {Rates.Count} windows; first {Rates[0]:0.0}/s, last {Rates[^1]:0.0}/s)");
}
