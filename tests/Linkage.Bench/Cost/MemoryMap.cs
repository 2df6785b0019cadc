using System.Globalization;
using System.Text.RegularExpressions;

namespace Linkage.Bench.Cost;

/// <summary>A process's resident pages by kind of mapping, from its <c>/proc/&lt;pid&gt;/smaps</c> (docs/performance.md,
/// host memory). Unnamed mappings are told apart by the flags their owners give them (<c>VmFlags</c>): the GC reserves
/// its range with <c>MADV_DONTDUMP</c> ("dd") and gives it back to a piece as it commits it; glibc maps its arenas
/// other than the main one with <c>MAP_NORESERVE</c> ("nr") and its threads' stacks with <c>MADV_NOHUGEPAGE</c>
/// ("nh"). Decision 0752.</summary>
public static partial class MemoryMap
{
    public const string GcHeap = "GC heap";
    public const string Malloc = "malloc heap (both arenas)";
    public const string Stacks = "thread stacks";
    public const string OtherAnonymous = "other anonymous (malloc's mapped blocks, runtime)";

    /// <summary>Resident kilobytes by kind of mapping, largest first.</summary>
    public static IReadOnlyList<(string Kind, long Kilobytes)> Breakdown(IEnumerable<string> smaps)
    {
        var maps = Parse(smaps);
        var gcHeap = GcRange(maps);
        return maps.GroupBy(m => gcHeap.Contains(m) ? GcHeap : Kind(m))
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
        "" when m.Has("nr") => Malloc,
        "" when m.Has("nh") => Stacks,
        "" => OtherAnonymous,
        "[heap]" => Malloc,
        _ => "other",
    };

    /// <summary>The GC reserves its regions as one range of 256 MB or more (five times a hard limit) and commits
    /// pieces of it, each a mapping of its own between the reserved ones. Of the contiguous runs of unnamed mappings
    /// spanning 256 MB or more, cut at an arena or a stack (which the kernel maps beside the range as it likes), the one
    /// with the most resident pages, from the last mapping before its first reserved piece to the first after its last:
    /// a mapping of malloc's beside the range but not merged into its end piece is not the GC's.</summary>
    private static HashSet<Mapping> GcRange(List<Mapping> maps)
    {
        var runs = new List<List<Mapping>>();
        foreach (var m in maps)
        {
            if (m.Name.Length > 0 || m.Has("nr") || m.Has("nh")) continue;
            if (runs.Count == 0 || runs[^1][^1].End != m.Start) runs.Add([]);
            runs[^1].Add(m);
        }
        var ranges = runs.Where(r => r[^1].End - r[0].Start >= 256L << 20).Select(Trimmed).ToList();
        return ranges.MaxBy(r => r.Sum(m => m.Rss)) is { } heap ? [.. heap] : [];
    }

    private static List<Mapping> Trimmed(List<Mapping> run)
    {
        var first = run.FindIndex(m => m.Has("dd"));
        if (first < 0) return run;
        var last = run.FindLastIndex(m => m.Has("dd"));
        var from = Math.Max(0, first - 1);
        return run.GetRange(from, Math.Min(run.Count - 1, last + 1) - from + 1);
    }

    private static List<Mapping> Parse(IEnumerable<string> smaps)
    {
        var maps = new List<Mapping>();
        foreach (var line in smaps)
        {
            if (Header().Match(line) is { Success: true } m)
                maps.Add(new(Hex(m.Groups[1].Value), Hex(m.Groups[2].Value), m.Groups[3].Value[2] == 'x', m.Groups[4].Value.Trim()));
            else if (maps.Count == 0) continue;
            else if (line.StartsWith("Rss:", StringComparison.Ordinal))
                maps[^1].Rss = long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
            else if (line.StartsWith("VmFlags:", StringComparison.Ordinal))
                maps[^1].Flags = [.. line["VmFlags:".Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries)];
        }
        return maps;
    }

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
        public HashSet<string> Flags { get; set; } = [];
        public bool Has(string flag) => Flags.Contains(flag);
    }
}
