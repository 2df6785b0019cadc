using System.Globalization;

namespace Linkage.Bench.Video;

/// <summary>The Janus process <c>./platform</c> started (<c>$STATE/janus/janus.pid</c>), read from /proc: CPU time used
/// (user + system, in clock ticks of 1/100 s) and resident memory now and at its peak.</summary>
public sealed class JanusProcess(int pid)
{
    private const double TicksPerSecond = 100; // USER_HZ on Linux

    public static JanusProcess Of(string state) =>
        new(int.Parse(File.ReadAllText(Path.Combine(state, "janus", "janus.pid")).Trim(), CultureInfo.InvariantCulture));

    public TimeSpan CpuTime()
    {
        var stat = File.ReadAllText($"/proc/{pid}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' '); // after "pid (comm) ": state is field 0, utime 11, stime 12
        return TimeSpan.FromSeconds((long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)) / TicksPerSecond);
    }

    public string Memory()
    {
        var status = File.ReadAllLines($"/proc/{pid}/status");
        string Of(string key) => status.First(l => l.StartsWith(key, StringComparison.Ordinal))[(key.Length + 1)..].Trim();
        return $"RSS {Of("VmRSS")}, peak {Of("VmHWM")}";
    }

    /// <summary>The share of one core Janus used over <paramref name="window"/>.</summary>
    public async Task<double> CpuShareAsync(TimeSpan window)
    {
        var before = CpuTime();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        await Task.Delay(window);
        return (CpuTime() - before) / clock.Elapsed;
    }
}
