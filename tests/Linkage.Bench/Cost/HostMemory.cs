using System.Globalization;

namespace Linkage.Bench.Cost;

/// <summary>The all-in-one host's resident set after a scenario: its peak since start (VmHWM, never reset, so the
/// figure after the last scenario is the peak throughout) and where the resident pages are now, from
/// <c>/proc/&lt;pid&gt;/smaps</c> grouped by kind of mapping (<see cref="MemoryMap"/>).</summary>
public static class HostMemory
{
    public static void Print(string state, string scenario)
    {
        if (HostProcess.Pid(state) is not { } pid) return;
        try
        {
            var status = File.ReadAllLines($"/proc/{pid}/status");
            Console.WriteLine($"host memory after {scenario}: peak RSS {Megabytes(status, "VmHWM:")}, now {Megabytes(status, "VmRSS:")} = " +
                string.Join(", ", MemoryMap.Breakdown(File.ReadLines($"/proc/{pid}/smaps")).Select(g => $"{g.Kind} {g.Kilobytes / 1024.0:0} MB")));
        }
        catch (IOException) { } // the host went away between the reads
    }

    private static string Megabytes(string[] status, string field) =>
        status.FirstOrDefault(l => l.StartsWith(field, StringComparison.Ordinal)) is { } line
            ? $"{long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024} MB" : "?";
}
