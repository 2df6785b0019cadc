using System.Globalization;
using System.Text.RegularExpressions;

namespace Linkage.Bench.Cost;

/// <summary>The all-in-one host's resident set after a scenario: its peak since start (VmHWM, never reset, so the
/// figure after the last scenario is the peak throughout) and where the resident pages are now, from
/// <c>/proc/&lt;pid&gt;/smaps</c> grouped by mapping (docs/performance.md, host memory).</summary>
public static partial class HostMemory
{
    public static void Print(string state, string scenario)
    {
        if (HostProcess.Pid(state) is not { } pid) return;
        try
        {
            var status = File.ReadAllLines($"/proc/{pid}/status");
            Console.WriteLine($"host memory after {scenario}: peak RSS {Megabytes(status, "VmHWM:")}, now {Megabytes(status, "VmRSS:")} = " +
                string.Join(", ", Breakdown(File.ReadLines($"/proc/{pid}/smaps")).Select(g => $"{g.Kind} {g.Kilobytes / 1024.0:0} MB")));
        }
        catch (IOException) { } // the host went away between the reads
    }

    /// <summary>Resident kilobytes by kind of mapping, largest first.</summary>
    public static IReadOnlyList<(string Kind, long Kilobytes)> Breakdown(IEnumerable<string> smaps)
    {
        var maps = new List<Mapping>();
        foreach (var line in smaps)
        {
            if (Header().Match(line) is { Success: true } m)
                maps.Add(new(Hex(m.Groups[1].Value), Hex(m.Groups[2].Value), m.Groups[3].Value[2] == 'x', m.Groups[4].Value.Trim()));
            else if (line.StartsWith("Rss:", StringComparison.Ordinal) && maps.Count > 0)
                maps[^1].Rss = long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
        }
        var gcHeap = LargestAnonymousRun(maps);
        return maps.GroupBy(m => gcHeap.Contains(m) ? "GC heap" : Kind(m))
            .Select(g => (g.Key, g.Sum(m => m.Rss))).OrderByDescending(g => g.Item2).ToList();
    }

    private static string Kind(Mapping m) => m.Name switch
    {
        // W^X puts the runtime's loader heaps in the double mapper's memfd too; a page is resident once (Pss = Rss,
        // decision 0724): the executable mappings are the jitted code and stubs, the rest the loader heaps' data
        _ when m.Name.StartsWith("/memfd:doublemapper", StringComparison.Ordinal) =>
            m.Executable ? "jitted code and stubs" : "loader heaps (types, precode data, PGO counts)",
        _ when m.Name.EndsWith(".dll", StringComparison.Ordinal) => "assemblies",
        _ when m.Name.Contains(".so", StringComparison.Ordinal) => "native libraries",
        "" when m.Executable => "jitted code and stubs",
        "" => "other anonymous (malloc arenas, stacks, runtime)",
        "[heap]" => "malloc heap",
        _ => "other",
    };

    /// <summary>The GC reserves its regions as one large range and commits pieces of it (each a mapping of its own):
    /// of the contiguous runs of unnamed mappings spanning 256 MB or more, the one with the most resident pages.</summary>
    private static HashSet<Mapping> LargestAnonymousRun(List<Mapping> maps)
    {
        var runs = new List<List<Mapping>>();
        foreach (var m in maps.Where(m => m.Name.Length == 0))
        {
            if (runs.Count == 0 || runs[^1][^1].End != m.Start) runs.Add([]);
            runs[^1].Add(m);
        }
        return runs.Where(r => r[^1].End - r[0].Start >= 256L << 20).MaxBy(r => r.Sum(m => m.Rss)) is { } heap ? [.. heap] : [];
    }

    private static string Megabytes(string[] status, string field) =>
        status.FirstOrDefault(l => l.StartsWith(field, StringComparison.Ordinal)) is { } line
            ? $"{long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024} MB" : "?";

    private static long Hex(string text) => long.Parse(text, NumberStyles.HexNumber, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^([0-9a-f]+)-([0-9a-f]+) (\S+) \S+ \S+ \S+\s*(.*)$")]
    private static partial Regex Header();

    private sealed class Mapping(long start, long end, bool executable, string name)
    {
        public long Start => start;
        public long End => end;
        public bool Executable => executable;
        public string Name => name;
        public long Rss { get; set; }
    }
}
