using System.Globalization;
using Linkage.Bench.Seeding;

namespace Linkage.Bench.Cost;

/// <summary>A run's cost per request, counted rather than timed, so that a change shows its effect on a shared machine:
/// statements and transactions in the database, round trips of the host (its commands, and the commits it sent), and
/// the statements run most often. Read before the run and after the work it fanned out has settled.</summary>
public sealed class RunCost : IDisposable
{
    private readonly BenchDatabase db;
    private readonly HostCounters? host;
    private DatabaseWork? before;
    private long commandsBefore;

    private RunCost(BenchDatabase db, HostCounters? host) => (this.db, this.host) = (db, host);

    public static async Task<RunCost> StartAsync(BenchDatabase db, string state)
    {
        var cost = new RunCost(db, HostCounters.Attach(state));
        try
        {
            cost.commandsBefore = cost.host is null ? 0 : await cost.CommandsAsync();
            cost.before = await DatabaseWork.ReadAsync(db);
            return cost;
        }
        catch
        {
            cost.Dispose(); // or the host's event pipe session stays open through the scenarios after
            throw;
        }
    }

    /// <summary>Per request: statements, round trips and transactions, then the statements of at least 0.05 a request.</summary>
    public async Task<IReadOnlyList<string>> PerRequestAsync(long requests, string noun)
    {
        if (requests <= 0 || before is null || await DatabaseWork.ReadAsync(db) is not { } after) return [];
        var commands = host is null ? (long?)null : await CommandsAsync() - commandsBefore;
        var work = after.Since(before);
        string Per(double count) => (count / requests).ToString("0.00", CultureInfo.InvariantCulture);
        var lines = new List<string>
        {
            $"  per {noun} ({requests}, the work it fanned out included): {Per(work.Total)} statements, " +
            (commands is { } c ? $"{Per(c + work.Commits)} round trips of the host ({Per(c)} commands, {Per(work.Commits)} commits), " : "") +
            $"{Per(work.Transactions)} transactions",
        };
        lines.AddRange(work.Calls.Where(s => s.Value * 20 >= requests).OrderByDescending(s => s.Value)
            .Select(s => $"    {Per(s.Value)}  {s.Key}"));
        return lines;
    }

    private async Task<long> CommandsAsync() => (long)(await host!.ReadAsync()).GetValueOrDefault(HostCounters.Commands);

    public void Dispose() => host?.Dispose();
}
