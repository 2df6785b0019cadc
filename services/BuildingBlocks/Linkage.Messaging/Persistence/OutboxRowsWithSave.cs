#pragma warning disable EF1001 // the state manager: an entry found by reference and the count of added and deleted ones, no walk of the tracker
using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking.Internal;
using Microsoft.EntityFrameworkCore.Internal;

namespace Linkage.Messaging;

/// <summary>A save's queued outbox rows as one statement, one array per column, sent last in the save's batch (decision
/// 0784, as 0774's count deltas): in its transaction, rolled back with it, for ten parameters instead of EF's insert
/// command per row with its column modifications, parameters and the sequence and attempts read back. The rows stay
/// tracked until the save, so whatever reads them before it (<see cref="OutboxHolds"/>) sees them as before; ordered by
/// id, which is the order they were queued in (<see cref="OutboxIds"/>) and EF's order of its inserts, so the sequence
/// (the dispatch order) is what EF gave them.</summary>
internal static class OutboxRowsWithSave
{
    private static readonly ConcurrentDictionary<string, string> InsertOf = new(StringComparer.Ordinal);

    /// <summary>Takes the rows <paramref name="queued"/> names that are still added and plain out of the tracker and
    /// queues their statement, when the save has an insert or delete of its own to carry it: a save of outbox rows alone
    /// (or with updates only, which EF could find empty) writes them through the tracker. Null when nothing was taken.</summary>
    public static List<OutboxMessage>? Take(ModuleDbContext db, List<OutboxMessage> queued)
    {
        if (queued.Count == 0) return null;
        var states = ((IDbContextDependencies)db).StateManager;
        List<OutboxMessage>? taken = null;
        foreach (var row in queued)
        {
            if (Plain(row) && states.TryGetEntry(row, throwOnNonUniqueness: false) is { EntityState: EntityState.Added }) (taken ??= []).Add(row);
        }
        if (taken is null || states.GetCountForState(added: true, deleted: true) <= taken.Count) return null;
        foreach (var row in taken) states.TryGetEntry(row, throwOnNonUniqueness: false)!.SetEntityState(EntityState.Detached);
        db.SendWithSave(Insert(db.ModuleSchema, taken));
        return taken;
    }

    /// <summary>A save that failed leaves its rows tracked as added, as EF's own insert would have.</summary>
    public static void Restore(ModuleDbContext db, List<OutboxMessage> taken)
    {
        foreach (var row in taken) db.OutboxMessages.Add(row);
    }

    /// <summary>As <c>Publish</c> queues a row: never dispatched, tried or failed (the columns left to their defaults).</summary>
    private static bool Plain(OutboxMessage row) => row is { DispatchedAt: null, Attempts: 0, LastError: null };

    internal static FormattableString Insert(string schema, IReadOnlyList<OutboxMessage> rows)
    {
        T[] Of<T>(Func<OutboxMessage, T> column)
        {
            var values = new T[rows.Count];
            for (var i = 0; i < values.Length; i++) values[i] = column(rows[i]);
            return values;
        }
        return FormattableStringFactory.Create(InsertOf.GetOrAdd(schema, Sql),
            Of(r => r.Id), Of(r => r.AggregateId), Of(r => r.Kind == OutboxKind.Federation ? "federation" : "integration"),
            Of(r => r.MessageType), Of(r => r.Payload), Of(r => r.Subject), Of(r => r.TargetDivision), Of(r => r.TraceParent),
            Of(r => r.CreatedAt), Of(r => r.NextAttemptAt));
    }

    private static string Sql(string schema) =>
        $"INSERT INTO \"{OutboxSql.Of(schema).Schema}\".{OutboxSql.OutboxTable} (id, aggregate_id, kind, message_type, payload, " +
        "subject, target_division, trace_parent, created_at, next_attempt_at) SELECT * FROM unnest({0}::uuid[], {1}::text[], " +
        "{2}::text[], {3}::text[], {4}::jsonb[], {5}::text[], {6}::text[], {7}::text[], {8}::timestamptz[], {9}::timestamptz[]) ORDER BY 1";
}
