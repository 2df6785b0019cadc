using System.Diagnostics;
using Linkage.Bench.Seeding;
using Linkage.Kernel;
using Linkage.Testing.Plans;

namespace Linkage.Bench.Sweep;

/// <summary>Issue 12: the deadline sweep with a small and then the full number of open cases. Each timed pass finds one
/// batch (200) of cases due, settles them (none needs a card) and commits; the open count should not show in its time,
/// because the sweep reads the partial index on NextCheckOn, not the open cases. After the timed passes of each size one
/// more pass runs under EXPLAIN (ANALYZE, BUFFERS) (<see cref="RecordedSweep"/>) and prints the rows it read per table
/// and any sequential scan: counts, which the open count must not change. It runs in a database of its own
/// (<see cref="SweepDatabase"/>): a pass claims every case due by its day, and in the suite's database those were the
/// earlier scenarios' open cases too, whose first checks fall within the 35 days (see docs/performance.md).</summary>
public static class SweepScenario
{
    private const int Batch = 200, Passes = 20, WarmUp = 3;

    public static async Task<long> RunAsync(BenchOptions options)
    {
        var connectionString = await SweepDatabase.CreateAsync(options);
        var day = ChinaTime.Today(TimeProvider.System).AddDays(35);
        var cases = new OpenSupervisedCases(connectionString, day);
        await using var sweep = new SweepPass(connectionString);
        await sweep.MigrateAsync();
        await cases.DeleteAsync();
        var failed = 0L;
        try
        {
            long open = 0;
            foreach (var size in new long[] { Math.Max(options.Scale / 100, 1000), options.Scale })
            {
                await cases.AddAsync(open, size);
                open = size;
                failed += await PassesAsync(cases, sweep, day, open);
                failed += await PlannedPassAsync(cases, sweep, day, open);
            }
        }
        finally
        {
            await cases.DeleteAsync();
        }
        return failed;
    }

    private static async Task<long> PlannedPassAsync(OpenSupervisedCases cases, SweepPass sweep, DateOnly day, long open)
    {
        await cases.DueAsync(open - Batch, open);
        var (swept, plans) = await sweep.RecordedAsync(day);
        var rows = RecordedSweep.RowsRead(plans);
        var scans = RecordedSweep.FullScans(plans);
        Console.WriteLine($"sweep with {open} open cases, one pass under EXPLAIN (ANALYZE, BUFFERS): {swept} swept in {plans.Count} " +
            $"statements; rows read {string.Join(", ", rows.Select(r => $"{r.Key} {r.Value}"))}; buffers " +
            $"{plans.Sum(p => p.Nodes.Count == 0 ? 0 : p.Nodes[0].Buffers)}; case tables read from end to end: {scans.Count}");
        return swept == Batch && (scans.Count == 0 || open < 100_000) ? 0 : 1; // a small table may be read whole (SweepPlanTests)
    }

    private static async Task<long> PassesAsync(OpenSupervisedCases cases, SweepPass sweep, DateOnly day, long open)
    {
        var times = new List<double>();
        var failed = 0L;
        for (var pass = 0; pass < WarmUp + Passes; pass++)
        {
            var first = pass * Batch % (open - Batch);
            await cases.DueAsync(first, first + Batch);
            var clock = Stopwatch.StartNew();
            var swept = await sweep.RunAsync(day);
            if (pass >= WarmUp) times.Add(clock.Elapsed.TotalMilliseconds);
            if (swept != Batch) failed++;
        }
        times.Sort();
        Console.WriteLine($"sweep with {open} open cases, {Batch} due per pass, {Passes} passes: p50 {times[times.Count / 2]:0.0} ms " +
            $"max {times[^1]:0.0} ms per pass ({failed} passes found other than {Batch}) (target ≤ 50 ms per sweep, independent of the open count)");
        return failed;
    }
}
