using System.Text.Json;
using Linkage.Testing;

namespace Linkage.Bench.Chaos;

/// <summary>Runs every fault kind asked for, prints the table and writes it as JSON; fails on any fault kind that
/// lost a case, applied one twice or answered a client with 500.</summary>
public static class ChaosReport
{
    public static async Task<long> RunAsync(string[] args, BenchOptions bench, BenchTokens tokens)
    {
        var options = ChaosOptions.Parse(args);
        var ledger = new CaseLedger(bench.Postgres ?? throw new InvalidOperationException("--pg is needed for chaos."), DemoReviewers.FoodPermit.Count);
        var run = new ChaosRun(options, bench.Gateway, tokens.For("clerk"), tokens.FoodPermitReviewers(), ledger);
        Console.WriteLine($"chaos: {string.Join(", ", options.Faults)}, {options.Count} of each, {options.Clients} clerks (at most {options.Rate:0.#} applications/s) and " +
            $"{DemoReviewers.FoodPermit.Count} reviewers through the gateway, ~{options.Between.TotalSeconds:0} s of load between faults");
        var rows = new List<FaultRow>();
        foreach (var fault in options.Faults) rows.Add(await run.RunAsync(fault));
        Console.WriteLine(FaultRow.Header);
        foreach (var row in rows) Console.WriteLine(row);
        if (options.Report is { } path) await File.WriteAllTextAsync(path, JsonSerializer.Serialize(rows));
        return rows.Count(r => !r.Clean);
    }
}
