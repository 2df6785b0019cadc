namespace Linkage.Bench.Cost;

/// <summary>The CPU ticks of the machine and of each process group of <c>./platform up</c> at one moment: the host and
/// the gateway (their pids under the state folder), PostgreSQL (the postmaster and every backend, those that exited
/// included), RabbitMQ (beam.smp and its helpers) and this bench. A group that does not run is left out.</summary>
public sealed record ProcessGroups(long MachineBusy, long MachineTotal, IReadOnlyDictionary<string, long> Groups)
{
    public const string Host = "host";
    public const string Gateway = "gateway";
    public const string Postgres = "PostgreSQL";
    public const string Rabbit = "RabbitMQ";
    public const string Bench = "bench";

    public static ProcessGroups Read(string state)
    {
        var (busy, total) = ProcStat.Machine(File.ReadLines("/proc/stat").First());
        var processes = Processes();
        var roots = new (string Group, int? Pid)[]
        {
            (Host, PidIn(Path.Combine(state, "run", "host.pid"))), (Gateway, PidIn(Path.Combine(state, "run", "gateway.pid"))),
            (Postgres, PidIn(Path.Combine(state, "pg", "postmaster.pid"))), (Rabbit, PidIn(Path.Combine(state, "rabbit", "rabbit.pid"))),
            (Bench, Environment.ProcessId),
        };
        var groups = new Dictionary<string, long>();
        foreach (var (group, pid) in roots)
            if (pid is { } root && processes.ContainsKey(root))
                groups[group] = Tree(root, processes).Sum(p => processes[p].Own + processes[p].Reaped);
        return new ProcessGroups(busy, total, groups);
    }

    /// <summary>The root and its descendants, from each process's parent.</summary>
    private static IEnumerable<int> Tree(int root, IReadOnlyDictionary<int, ProcStat.ProcessTicks> processes)
    {
        var children = processes.ToLookup(p => p.Value.ParentPid, p => p.Key);
        var pending = new Stack<int>([root]);
        while (pending.TryPop(out var pid))
        {
            yield return pid;
            foreach (var child in children[pid]) pending.Push(child);
        }
    }

    private static Dictionary<int, ProcStat.ProcessTicks> Processes()
    {
        var processes = new Dictionary<int, ProcStat.ProcessTicks>();
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), out var pid)) continue;
            try { processes[pid] = ProcStat.Process(File.ReadAllText(Path.Combine(dir, "stat"))); }
            catch (IOException) { } // it exited meanwhile
        }
        return processes;
    }

    /// <summary>The first line of a pid file (the postmaster's holds more lines after it).</summary>
    private static int? PidIn(string file)
    {
        try { return int.TryParse(File.ReadLines(file).FirstOrDefault()?.Trim(), out var pid) ? pid : null; }
        catch (IOException) { return null; }
        catch (UnauthorizedAccessException) { return null; }
    }
}
