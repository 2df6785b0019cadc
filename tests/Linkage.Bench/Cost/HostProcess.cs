using System.Globalization;

namespace Linkage.Bench.Cost;

/// <summary>The all-in-one host of <c>./platform up</c>: its pid under the state folder and its CPU time from /proc.</summary>
public static class HostProcess
{
    /// <summary>Null when no all-in-one host runs (split hosts, or none at all).</summary>
    public static int? Pid(string state)
    {
        var file = Path.Combine(state, "run", "host.pid");
        return File.Exists(file) && int.TryParse(File.ReadAllText(file).Trim(), out var pid) && Directory.Exists($"/proc/{pid}") ? pid : null;
    }

    /// <summary>utime + stime of <c>/proc/&lt;pid&gt;/stat</c> (clock ticks of 10 ms): what the host spent, whoever else
    /// shares the machine (as scripts/bench.sh reads it, decision 0584).</summary>
    public static double? CpuMilliseconds(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            return (long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)) * 10.0;
        }
        catch (IOException) { return null; }
    }
}
