using Npgsql;

namespace Linkage.Bench.Cost;

/// <summary>What the all-in-one host's garbage collector did during a scenario and the work it fanned out (read again
/// once the queues drained): bytes allocated, collections by generation, their pause time, and the host's CPU; per
/// case submitted meanwhile (rows of <c>intake.cases</c>) when the scenario submitted any, else in total.</summary>
public sealed class HostGc : IDisposable
{
    private readonly HostCounters counters;
    private readonly int pid;
    private readonly string? postgres;
    private IReadOnlyDictionary<string, double> before = new Dictionary<string, double>();
    private double cpuBefore;
    private long casesBefore;

    private HostGc(HostCounters counters, int pid, string? postgres) => (this.counters, this.pid, this.postgres) = (counters, pid, postgres);

    /// <summary>Null when no all-in-one host runs or its diagnostics port does not answer.</summary>
    public static async Task<HostGc?> StartAsync(string state, string? postgres)
    {
        if (HostProcess.Pid(state) is not { } pid || HostCounters.Attach(state) is not { } counters) return null;
        var gc = new HostGc(counters, pid, postgres);
        try
        {
            gc.before = await counters.ReadAsync();
            gc.cpuBefore = HostProcess.CpuMilliseconds(pid) ?? 0;
            gc.casesBefore = await CasesAsync(postgres);
            return gc;
        }
        catch
        {
            gc.Dispose(); // or the host's event pipe session stays open through the scenarios after
            throw;
        }
    }

    public async Task PrintAsync(string scenario)
    {
        var after = await counters.ReadAsync();
        var cpu = HostProcess.CpuMilliseconds(pid) - cpuBefore ?? 0;
        var cases = await CasesAsync(postgres) - casesBefore;
        double Since(string counter) => after.GetValueOrDefault(counter) - before.GetValueOrDefault(counter);
        var (allocated, paused) = (Since(HostCounters.AllocatedBytes), Since(HostCounters.PauseMilliseconds));
        var work = cases > 0
            ? FormattableString.Invariant($"per case ({cases} cases): {allocated / cases / 1024:0} KB allocated, {paused / cases:0.00} ms GC pause, {cpu / cases:0.00} ms CPU")
            : FormattableString.Invariant($"in all (no cases submitted): {allocated / (1 << 20):0} MB allocated, {paused:0} ms GC pause, {cpu / 1000:0.0} s CPU");
        var collections = string.Join(", ", Enumerable.Range(0, 3).Select(g => FormattableString.Invariant($"gen{g} {Since(HostCounters.Collections(g)):0}")));
        var heap = FormattableString.Invariant($"{after.GetValueOrDefault(HostCounters.HeapMegabytes):0} MB of {after.GetValueOrDefault(HostCounters.CommittedMegabytes):0} MB committed");
        Console.WriteLine($"host GC during {scenario}, queues drained: {work}; collections {collections}; heap now {heap}");
    }

    internal static async Task<long> CasesAsync(string? postgres)
    {
        if (postgres is null) return 0;
        try
        {
            await using var connection = new NpgsqlConnection(postgres);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand("SELECT count(*) FROM intake.cases", connection);
            return (long)(await command.ExecuteScalarAsync())!;
        }
        catch (NpgsqlException) { return 0; } // no intake schema yet, or no database to ask
    }

    public void Dispose() => counters.Dispose();
}
