using System.Data.Common;
using System.Text.Json;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;

namespace Linkage.Testing.Plans;

/// <summary>An EF Core interceptor that, before each SELECT or UPDATE a DbContext sends, runs the same statement with
/// the same parameters under <c>EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON)</c> on the same connection and transaction,
/// and keeps its plan: what the code under test really reads, counted, not timed. Inserts and deletes are left alone
/// (analysing them would write twice); an UPDATE is analysed, so only code whose updates can run twice unchanged
/// belongs under it (the deadline sweep's next checks do).</summary>
public sealed class PlanRecorder : DbCommandInterceptor
{
    private readonly List<StatementPlan> plans = [];

    public IReadOnlyList<StatementPlan> Plans => plans;

    public void Clear() => plans.Clear();

    public override async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken ct = default)
    {
        await ExplainAsync(command, ct);
        return result;
    }

    public override async ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken ct = default)
    {
        await ExplainAsync(command, ct);
        return result;
    }

    private async Task ExplainAsync(DbCommand command, CancellationToken ct)
    {
        var sql = command.CommandText.TrimStart();
        if (!sql.StartsWith("SELECT", StringComparison.OrdinalIgnoreCase) && !sql.StartsWith("UPDATE", StringComparison.OrdinalIgnoreCase)) return;
        await using var explain = new NpgsqlCommand("EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) " + sql,
            (NpgsqlConnection)command.Connection!, (NpgsqlTransaction?)command.Transaction);
        foreach (NpgsqlParameter p in command.Parameters) explain.Parameters.Add(p.Clone());
        var json = (string)(await explain.ExecuteScalarAsync(ct))!;
        using var document = JsonDocument.Parse(json);
        plans.Add(new StatementPlan(sql, PlanNode.Walk(document.RootElement[0].GetProperty("Plan")).ToList()));
    }
}

/// <summary>One statement and the nodes of its analysed plan.</summary>
public sealed record StatementPlan(string Sql, IReadOnlyList<PlanNode> Nodes)
{
    /// <summary>The nodes that read <paramref name="relation"/> (a table or index scan on it).</summary>
    public IEnumerable<PlanNode> Reading(string relation) => Nodes.Where(n => n.Relation == relation);
}
