using Linkage.Supervision.Features.Sweep;
using Linkage.Supervision.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Linkage.Testing.Plans;

/// <summary>One pass of supervision's own <see cref="DeadlineSweep"/> (its other services from
/// <paramref name="services"/>) on a context of its own with a <see cref="PlanRecorder"/> attached: what the pass
/// swept and the analysed plan of every statement it read with.</summary>
public static class RecordedSweep
{
    /// <summary>The tables a pass reads for its cases; their rows read must not grow with the open count.</summary>
    public static readonly string[] CaseTables = ["cases", "steps", "timeline_entries", "alarms"];

    public static async Task<(int Swept, IReadOnlyList<StatementPlan> Plans)> RunAsync(
        IServiceProvider services, string connectionString, DateOnly day)
    {
        var recorder = new PlanRecorder();
        var options = new DbContextOptionsBuilder<SupervisionDbContext>().UseNpgsql(connectionString).AddInterceptors(recorder).Options;
        await using var db = new SupervisionDbContext(options);
        await using var scope = services.CreateAsyncScope();
        var swept = await ActivatorUtilities.CreateInstance<DeadlineSweep>(scope.ServiceProvider, db).RunAsync(day, CancellationToken.None);
        return (swept, recorder.Plans);
    }

    /// <summary>Sequential scans of a case table that found rows: a table read from end to end. (The planner may scan a
    /// table with nothing in it.)</summary>
    public static IReadOnlyList<PlanNode> FullScans(IReadOnlyList<StatementPlan> plans) =>
        plans.SelectMany(p => p.Nodes).Where(n => n.IsSequentialScan && n.RowsRead > 0 && CaseTables.Contains(n.Relation)).ToList();

    /// <summary>Rows read per case table over the whole pass.</summary>
    public static IReadOnlyDictionary<string, long> RowsRead(IReadOnlyList<StatementPlan> plans) =>
        CaseTables.ToDictionary(t => t, t => plans.SelectMany(p => p.Reading(t)).Sum(n => n.RowsRead));
}
