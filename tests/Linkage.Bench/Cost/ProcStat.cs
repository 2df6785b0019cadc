using System.Globalization;

namespace Linkage.Bench.Cost;

/// <summary>CPU time as the kernel counts it, in clock ticks (10 ms): the machine's from the first line of
/// <c>/proc/stat</c>, a process's from its <c>/proc/&lt;pid&gt;/stat</c>.</summary>
public static class ProcStat
{
    /// <summary>A process's parent, its own ticks (utime + stime) and those of its children it has waited for (cutime +
    /// cstime: a PostgreSQL backend's once it exited).</summary>
    public readonly record struct ProcessTicks(int ParentPid, long Own, long Reaped);

    /// <summary>The machine's ticks since boot, all cores summed: busy (user, nice, system, irq, softirq, steal) and in
    /// all (those, idle and iowait). Guest time is counted inside user already.</summary>
    public static (long Busy, long Total) Machine(string cpuLine)
    {
        var fields = cpuLine.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (fields[0] != "cpu") throw new FormatException($"Not the machine's line of /proc/stat: {cpuLine}");
        var ticks = fields.Skip(1).Take(8).Select(Long).ToArray();
        var idle = ticks[3] + ticks[4];
        return (ticks.Sum() - idle, ticks.Sum());
    }

    /// <summary>The fields after the command name, which is in parentheses and may hold spaces or parentheses itself.</summary>
    public static ProcessTicks Process(string stat)
    {
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return new ProcessTicks((int)Long(fields[1]), Long(fields[11]) + Long(fields[12]), Long(fields[13]) + Long(fields[14]));
    }

    /// <summary>The database a PostgreSQL backend serves, from its command line as the backend set it
    /// (<c>postgres: user database host(port) state</c>, NUL-separated or not); null for the postmaster and the
    /// background processes (<c>postgres: checkpointer</c>, <c>postgres: autovacuum worker …</c>).</summary>
    public static string? Database(string cmdline)
    {
        var words = cmdline.Replace('\0', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words is ["postgres:", _, var database, var client, ..] && (client.Contains('(') || client == "[local]") ? database : null;
    }

    /// <summary>The login a PostgreSQL backend serves, from the same command line; null where <see cref="Database"/> is.</summary>
    public static string? Login(string cmdline)
    {
        var words = cmdline.Replace('\0', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return Database(cmdline) is null ? null : words[1];
    }

    private static long Long(string text) => long.Parse(text, CultureInfo.InvariantCulture);
}
