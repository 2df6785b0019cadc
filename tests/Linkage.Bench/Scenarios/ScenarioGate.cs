using Linkage.Bench.Cost;

namespace Linkage.Bench.Scenarios;

/// <summary>Runs the chosen scenarios one after another. Before each, waits (at most <c>--drain-seconds</c>) until the
/// suite has worked off what the previous one left (<see cref="Backlog"/>). A scenario that counts failures, or throws
/// (a timeout, a refused connection), prints a FAILED line, keeps the figures it printed so far, and the next scenario
/// runs; the bench exits non-zero at the end. After each, where the machine's CPU went over its run and, once its queues
/// drained, per case (<see cref="MachineCpu"/>).</summary>
public sealed class ScenarioGate(BenchOptions options)
{
    private readonly Backlog backlog = new(options.RabbitManagement, options.Postgres);
    private readonly List<string> failed = [];

    public async Task RunAsync(string scenario, Func<Task<long>> run, bool printMemory = true)
    {
        if (!options.Runs(scenario)) return;
        await backlog.WaitDrainedAsync(scenario, options.DrainCap);
        using var gc = printMemory ? await HostGc.StartAsync(options.State, options.Postgres) : null;
        var cpu = await MachineCpu.StartAsync(options.State, options.Postgres);
        try
        {
            var failures = await run();
            if (failures > 0)
            {
                Console.WriteLine($"FAILED {scenario}: {failures} failure(s) counted (failed requests, lost or unexpected results)");
                failed.Add(scenario);
            }
        }
        catch (Exception e)
        {
            Console.WriteLine($"FAILED {scenario}: {e.GetType().Name}: {e.Message} (figures printed before this are partial); the bench goes on");
            failed.Add(scenario);
        }
        cpu?.RunEnded();
        if (cpu is not null) Console.WriteLine(cpu.RunLine(scenario));
        if (!printMemory) return;
        if (gc is not null)
        {
            await backlog.WaitDrainedAsync($"the GC figures of {scenario}", options.DrainCap);
            await gc.PrintAsync(scenario);
            if (cpu is not null && await cpu.PerCaseLineAsync(scenario, options.Postgres) is { } perCase) Console.WriteLine(perCase);
        }
        HostMemory.Print(options.State, scenario);
    }

    /// <summary>The process's exit code: 1 when a scenario failed, named on a last line.</summary>
    public int Summary()
    {
        if (failed.Count == 0) return 0;
        Console.WriteLine($"FAILED scenarios: {string.Join(", ", failed)}");
        return 1;
    }
}
