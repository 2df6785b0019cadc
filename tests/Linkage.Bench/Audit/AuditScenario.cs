using System.Diagnostics;
using Linkage.Messaging;
using Npgsql;

namespace Linkage.Bench.Audit;

/// <summary>Issue 20: <c>./platform audit verify</c>'s walk (<see cref="AuditVerifier"/>, the code the host command runs)
/// over a trail of <c>scale</c> rows: wall time and rows per second; the trail must come out intact and whole.</summary>
public static class AuditScenario
{
    public static async Task<long> RunAsync(BenchOptions options)
    {
        var (connectionString, seeded) = await AuditTrailSeed.EnsureAsync(
            options.Postgres ?? throw new InvalidOperationException("--pg is needed for the audit scenario."), options.Scale);
        await using var source = NpgsqlDataSource.Create(connectionString);
        var clock = Stopwatch.StartNew();
        var report = await new AuditVerifier(source).VerifyAsync(CancellationToken.None);
        var elapsed = clock.Elapsed;
        var rows = report.Chains.Values.Sum();
        Console.WriteLine($"audit verify over {rows} rows in {report.Chains.Count} chains ({(seeded ? "seeded now" : "already there")}): " +
            $"{(report.Intact ? "intact" : $"{report.Breaks.Count} breaks")}, {elapsed.TotalSeconds:0.00} s, {rows / elapsed.TotalSeconds:0} rows/s " +
            "(target ≤ 10 s for 1,000,000 rows)");
        return report.Intact && rows == options.Scale ? 0 : 1;
    }
}
