#pragma warning disable EF1001 // CommandBatchPreparer is EF's internal API; it is the one place a batch's commands are ordered
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Update;
using Microsoft.EntityFrameworkCore.Update.Internal;

namespace Linkage.Messaging;

/// <summary>Sends a unit of work's audit rows as the last commands of its last batch (decision 0599). EF orders a
/// batch by schema and table, which put <c>audit.audit_log</c> first, and the chain trigger holds the lane's advisory
/// lock from that insert to the commit: across every other statement of the unit. Last, the lane is held for the audit
/// inserts and the commit only. Audit rows reference nothing and nothing references them, so moving them keeps EF's
/// order of everything else. Among themselves they go in chain order (<see cref="AuditLane.Compare"/>: by schema, then
/// lane number; each chain's rows in their own order), so units that audit targets in several lanes take the lanes'
/// locks in one order and never deadlock on them (0617), also when the trigger moves a row to a spare lane (0768).</summary>
public sealed class AuditLastBatchPreparer(CommandBatchPreparerDependencies dependencies) : CommandBatchPreparer(dependencies)
{
    public static DbContextOptionsBuilder AddTo(DbContextOptionsBuilder options) =>
        options.ReplaceService<ICommandBatchPreparer, AuditLastBatchPreparer>();

    internal static bool IsIn(DbContextOptions options) =>
        options.FindExtension<CoreOptionsExtension>()?.ReplacedServices?.Keys.Any(k => k.Item1 == typeof(ICommandBatchPreparer)) == true;

    public override IReadOnlyList<List<IReadOnlyModificationCommand>> TopologicalSort(IEnumerable<IReadOnlyModificationCommand> commands)
    {
        var sets = base.TopologicalSort(commands);
        var audit = sets.SelectMany(set => set).Where(IsAudit).OrderBy(Chain, ChainOrder).ToList();
        if (audit.Count == 0) return sets;
        var rest = sets.Select(set => set.Where(c => !IsAudit(c)).ToList()).Where(set => set.Count > 0).ToList();
        if (rest.Count == 0) return [audit];
        rest[^1].AddRange(audit);
        return rest;
    }

    private static readonly Comparer<string?> ChainOrder = Comparer<string?>.Create(AuditLane.Compare);

    private static string? Chain(IReadOnlyModificationCommand command) =>
        command.ColumnModifications.FirstOrDefault(c => c.ColumnName == "chain")?.Value as string;

    private static bool IsAudit(IReadOnlyModificationCommand command) =>
        command.TableName == AuditSql.Table && command.Schema == AuditSql.Schema;
}
