using System.Globalization;

namespace Linkage.Bench.Pacing;

/// <summary>A scenario's own <c>--name value</c> options, read from the command line beside <see cref="BenchOptions"/>.</summary>
public sealed class ScenarioArgs(string[] args)
{
    public string? Value(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();

    public double Number(string name, double fallback) =>
        Value(name) is { } text ? double.Parse(text, CultureInfo.InvariantCulture) : fallback;

    public TimeSpan Seconds(string name, double fallback) => TimeSpan.FromSeconds(Number(name, fallback));
}
