using System.Diagnostics;
using System.Globalization;
using Npgsql;

namespace Linkage.Bench.Cost;

/// <summary>Where the machine's CPU went during a scenario (<see cref="ProcessGroups"/>): the share of the machine's
/// cores that were busy over the scenario's run, and each group's part of it, "the rest" being whatever else the machine
/// ran (other stacks on a shared one); then, once the queues drained, each group's CPU per case submitted meanwhile, as
/// <see cref="HostGc"/> gives the host's. Whether the cores were saturated while a rate was measured is read here. The
/// bench's own statements (its polls, its percentiles and counts) are its PostgreSQL backends', a group of their own.</summary>
public sealed class MachineCpu(string state, string? benchLogin, ProcessGroups start, long casesBefore)
{
    private readonly Stopwatch clock = Stopwatch.StartNew();
    private ProcessGroups? ran;
    private TimeSpan ranFor;

    public static async Task<MachineCpu?> StartAsync(string state, string? postgres)
    {
        if (!File.Exists("/proc/stat")) return null;
        var login = postgres is null ? null : new NpgsqlConnectionStringBuilder(postgres).Username;
        return new MachineCpu(state, login, ProcessGroups.Read(state, login), await HostGc.CasesAsync(postgres));
    }

    /// <summary>The scenario's run is over (its work may still be draining).</summary>
    public void RunEnded()
    {
        ran = ProcessGroups.Read(state, benchLogin);
        ranFor = clock.Elapsed;
    }

    public string RunLine(string scenario)
    {
        var end = ran ?? ProcessGroups.Read(state, benchLogin);
        var busy = end.MachineBusy - start.MachineBusy;
        var total = Math.Max(end.MachineTotal - start.MachineTotal, 1);
        var parts = end.Since(start).Select(p => $"{p.Group} {Percent(p.Ticks, total)}");
        return $"machine CPU during {scenario} ({ranFor.TotalSeconds:0} s, {Environment.ProcessorCount} cores): busy {Percent(busy, total)} = " +
            string.Join(", ", parts);
    }

    /// <summary>Each group's CPU per case from the start until now (the queues drained).</summary>
    public async Task<string?> PerCaseLineAsync(string scenario, string? postgres)
    {
        var cases = await HostGc.CasesAsync(postgres) - casesBefore;
        if (cases <= 0) return null;
        return $"CPU per case during {scenario}, queues drained ({cases} cases): " + ProcessGroups.Read(state, benchLogin).PerCase(start, cases);
    }

    private static string Percent(long ticks, long total) => string.Create(CultureInfo.InvariantCulture, $"{100.0 * ticks / total:0} %");
}
