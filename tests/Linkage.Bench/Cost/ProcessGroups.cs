using System.Globalization;

namespace Linkage.Bench.Cost;

/// <summary>The CPU ticks of the machine and of each process group of <c>./platform up</c> at one moment: the host and
/// the gateway (their pids under the state folder), PostgreSQL (the postmaster and every backend, those that exited
/// included), RabbitMQ (beam.smp and its helpers) and this bench. A group that does not run is left out. With
/// <c>./platform up --tiers</c>, each tier's host, gateway, RabbitMQ node and database ("town host", "town PostgreSQL"…):
/// a tier's PostgreSQL is its database's live backends, and the instance's "PostgreSQL" then keeps the rest of it (the
/// postmaster, background workers, other databases, backends that exited). The bench's own backends (those of its login,
/// <c>--pg</c>'s user: its polls, its percentiles and counts) are "bench's PostgreSQL", not the suite's.</summary>
/// <param name="Backends">The tiers' live backends counted in their tier's group: pid, group and ticks.</param>
public sealed record ProcessGroups(long MachineBusy, long MachineTotal, IReadOnlyDictionary<string, long> Groups,
    IReadOnlyDictionary<int, (string Group, long Ticks)> Backends)
{
    public const string Host = "host";
    public const string Gateway = "gateway";
    public const string Postgres = "PostgreSQL";
    public const string Rabbit = "RabbitMQ";
    public const string Bench = "bench";
    public const string BenchPostgres = "bench's PostgreSQL";

    /// <param name="benchLogin">The login the bench connects as (the hosts have their own, decision 0534): its live
    /// backends count as <see cref="BenchPostgres"/>. None: they stay in the instance's.</param>
    public static ProcessGroups Read(string state, string? benchLogin = null)
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
        foreach (var (group, pid) in roots.Concat(TierRoots(state)))
            if (pid is { } root && processes.ContainsKey(root))
                groups[group] = Tree(root, processes).Sum(p => processes[p].Own + processes[p].Reaped);
        var backends = new Dictionary<int, (string, long)>();
        if (PidIn(Path.Combine(state, "pg", "postmaster.pid")) is { } postmaster && processes.ContainsKey(postmaster))
            BackendGroups(groups, backends, Tree(postmaster, processes).Skip(1).Select(p => (p, processes[p].Own)), benchLogin);
        // the suite's groups first, then each tier's together (a stable sort keeps their order within a tier)
        var tiers = Tiers(state).ToList();
        var ordered = groups.OrderBy(g => tiers.FirstOrDefault(t => g.Key.StartsWith(t + " ", StringComparison.Ordinal)) ?? "", StringComparer.Ordinal);
        return new ProcessGroups(busy, total, ordered.ToDictionary(), backends);
    }

    /// <summary>The tiers' hosts and gateways (<c>run/host-{tier}.pid</c>) and RabbitMQ nodes (<c>rabbit-{tier}</c>).</summary>
    private static IEnumerable<(string Group, int? Pid)> TierRoots(string state) =>
        Tiers(state).SelectMany(tier => new (string, int?)[]
        {
            ($"{tier} {Host}", PidIn(Path.Combine(state, "run", $"host-{tier}.pid"))),
            ($"{tier} {Gateway}", PidIn(Path.Combine(state, "run", $"gateway-{tier}.pid"))),
            ($"{tier} {Rabbit}", PidIn(Path.Combine(state, "rabbit-" + tier, "rabbit.pid"))),
        });

    /// <summary>The bench's live backends (its login's, whatever their database), then each tier's database
    /// (<c>linkage_{tier}</c>) as its live backends' ticks, taken out of the instance's.</summary>
    private static void BackendGroups(Dictionary<string, long> groups, Dictionary<int, (string, long)> counted,
        IEnumerable<(int Pid, long Own)> backends, string? benchLogin)
    {
        if (!groups.TryGetValue(Postgres, out var instance)) return;
        var tiers = groups.Keys.Where(g => g.EndsWith($" {Host}", StringComparison.Ordinal)).Select(g => g[..^(Host.Length + 1)]).ToList();
        var tierOf = tiers.ToDictionary(t => $"linkage_{t}", t => $"{t} {Postgres}");
        foreach (var group in tierOf.Values) groups[group] = 0;
        if (benchLogin is not null) groups[BenchPostgres] = 0;
        foreach (var (pid, own) in backends)
        {
            var cmdline = CommandLine(pid);
            var group = cmdline is null ? null
                : benchLogin is not null && ProcStat.Login(cmdline) == benchLogin ? BenchPostgres
                : ProcStat.Database(cmdline) is { } database ? tierOf.GetValueOrDefault(database) : null;
            if (group is null) continue;
            groups[group] += own;
            instance -= own;
            counted[pid] = (group, own);
        }
        groups[Postgres] = instance;
    }

    private static string? CommandLine(int pid)
    {
        try { return File.ReadAllText($"/proc/{pid}/cmdline"); }
        catch (IOException) { return null; }
        catch (UnauthorizedAccessException) { return null; }
    }

    /// <summary>The tiers whose state folder <c>up --tiers</c> made (<c>rabbit-{tier}</c>).</summary>
    private static IEnumerable<string> Tiers(string state) =>
        Directory.Exists(state)
            ? Directory.EnumerateDirectories(state, "rabbit-*").Select(d => Path.GetFileName(d)["rabbit-".Length..]).Order(StringComparer.Ordinal)
            : [];

    /// <summary>Each group's ticks since <paramref name="start"/>, the rest of the machine's busy ticks last. A tier's or
    /// the bench's backend that exited since then leaves its ticks at the start with its group (what it did after is in the
    /// postmaster's reaped ticks, the instance's "PostgreSQL"), so no group goes below what its processes did.</summary>
    public List<(string Group, long Ticks)> Since(ProcessGroups start)
    {
        var exited = start.Backends.Where(b => !Backends.ContainsKey(b.Key)).ToLookup(b => b.Value.Group, b => b.Value.Ticks);
        long Moved(string group) => group == Postgres ? -exited.Sum(e => e.Sum()) : exited[group].Sum();
        var parts = Groups.Where(g => start.Groups.ContainsKey(g.Key))
            .Select(g => (g.Key, g.Value - start.Groups[g.Key] + Moved(g.Key))).ToList();
        parts.Add(("the rest", MachineBusy - start.MachineBusy - parts.Sum(p => p.Item2)));
        return parts;
    }

    /// <summary>Each group's milliseconds of CPU since <paramref name="start"/> per case, for a line of the bench.</summary>
    public string PerCase(ProcessGroups start, long cases) =>
        string.Join(", ", Since(start).Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Group} {p.Ticks * 10.0 / cases:0.00} ms")));

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
