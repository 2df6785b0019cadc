using System.Text.Json;
using Linkage.Bench.Tiers;
using Linkage.Testing;

namespace Linkage.Bench.Chaos;

/// <summary>Runs every fault kind asked for, prints the table and writes it as JSON; fails on any fault kind that
/// lost a case, applied one twice or answered a client with 500. Each kind's line is printed and the report rewritten as
/// soon as that kind has settled, so a long run (<c>--count 10</c> of three kinds takes the better part of an hour on
/// a loaded machine) that is stopped half-way still leaves the kinds it finished.</summary>
public static class ChaosReport
{
    public static async Task<long> RunAsync(string[] args, BenchOptions bench, BenchTokens tokens)
    {
        var options = ChaosOptions.Parse(args);
        var pg = bench.Postgres ?? throw new InvalidOperationException("--pg is needed for chaos.");
        var ledger = new CaseLedger(pg, DemoReviewers.FoodPermit.Count);
        var run = new ChaosRun(options, bench.Gateway, tokens.For("clerk"), tokens.FoodPermitReviewers(), ledger);
        var linkCut = new LinkCutRun(options, new TierLayout(options.TiersPort, pg, bench.State), tokens);
        Console.WriteLine($"chaos: {string.Join(", ", options.Faults)}, {options.Count} of each, {options.Clients} clerks (at most {options.Rate:0.#} applications/s) and " +
            $"{DemoReviewers.FoodPermit.Count} reviewers through the gateway, ~{options.Between.TotalSeconds:0} s of load between faults");
        var rows = new List<FaultRow>();
        foreach (var fault in options.Faults)
        {
            rows.Add(fault == ChaosOptions.LinkCut ? await linkCut.RunAsync() : await run.RunAsync(fault));
            Console.WriteLine($"{FaultRow.Header}\n{rows[^1]}");
            if (options.Report is { } report) await File.WriteAllTextAsync(report, JsonSerializer.Serialize(rows));
        }
        Console.WriteLine(FaultRow.Header);
        foreach (var row in rows) Console.WriteLine(row);
        return rows.Count(r => !r.Clean);
    }
}
