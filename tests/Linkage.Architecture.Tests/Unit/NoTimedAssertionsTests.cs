namespace Linkage.Architecture.Tests;

/// <summary>Speed belongs to <c>./platform bench</c>: a test on a shared, busy machine proves what happens, not how
/// fast, so no test outside tests/Linkage.Bench reads a stopwatch.</summary>
public sealed class NoTimedAssertionsTests
{
    private static readonly string[] Timers = ["Stop" + "watch", "GetElapsed" + "Time"];

    [Fact]
    public void No_test_outside_the_bench_times_anything()
    {
        var root = SourceSizeTests.RepoRoot();
        var offences = Directory.EnumerateFiles(Path.Combine(root, "tests"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains("/bin/") && !f.Contains("/obj/") && !f.Contains("/Linkage.Bench/"))
            .SelectMany(f => File.ReadLines(f).Select((line, i) => (f, line, i)))
            .Where(x => Timers.Any(x.line.Contains))
            .Select(x => $"{Path.GetRelativePath(root, x.f)}:{x.i + 1}")
            .ToList();
        Assert.Empty(offences);
    }
}
