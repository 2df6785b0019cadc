using Linkage.Messaging;
using Linkage.Supervision.Domain;
using Linkage.Supervision.Persistence;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Linkage.Supervision.Messaging;

/// <summary>A round's milestone rows, taken and written back with one statement each (decision 0676); the rows a round puts
/// in go in as the round leaves them (0751).</summary>
internal static class MilestoneRows
{
    /// <summary>The round's steps put in place as <paramref name="fresh"/> has them (the bare row with the round's changes,
    /// decision 0751) where no row is there yet, else locked and answered as last committed, also when another round
    /// committed it while this statement waited (the conflict's no-op update); until the round commits, in key order, so
    /// that two rounds never wait on each other crosswise. Answers only the rows that were there: those put in are done.
    /// A statement <paramref name="before"/> it (the round's receipts, 0750) goes in the same round trip and runs first.
    /// Read with Npgsql alone (decision 0845): the rows are not tracked, and their version is not read, since they are
    /// locked until the round commits and written back by <see cref="WriteAsync"/> without a comparison.</summary>
    public static async Task<Dictionary<(Guid CaseId, MilestoneKind Kind), Milestone>> TakeAsync(SupervisionDbContext db,
        IReadOnlyList<Milestone> fresh, CancellationToken ct, NpgsqlBatchCommand? before = null)
    {
        var take = RawStatements.Statement(TakeSql, ValuesOf(fresh));
        var rows = await db.ReadAsync(Stored, ct, before is null ? [take] : [before, take]);
        return rows.ToDictionary(m => (m.CaseId, m.Kind));
    }

    /// <summary>The changed rows written back whole, in one statement; the rows are locked by <see cref="TakeAsync"/>,
    /// so no version is compared.</summary>
    public static Task WriteAsync(SupervisionDbContext db, IReadOnlyList<Milestone> steps, CancellationToken ct) =>
        steps.Count == 0 ? Task.CompletedTask : db.ExecuteAsync(ct, WriteBack(steps));

    /// <summary>The write-back of <see cref="WriteAsync"/>, for a batch that sends another statement after it in the
    /// same round trip.</summary>
    public static NpgsqlBatchCommand WriteBack(IReadOnlyList<Milestone> steps) => RawStatements.Statement(WriteBackSql, ValuesOf(steps));

    /// <summary>The take, sent with Npgsql alone (decision 0845), as are the write-back and the round's receipts before it:
    /// each a statement of the round trip's batch with its own parameters, so their texts are constants.</summary>
    private const string TakeSql = $$"""
        WITH put AS (
            INSERT INTO supervision.milestones AS m ({{Columns}})
            SELECT * FROM {{Unnest}} ORDER BY 1, 2
            ON CONFLICT ("CaseId", "Kind") DO UPDATE SET "Armed" = m."Armed"
            RETURNING m.*, m.xmax = 0 AS inserted)
        SELECT {{Columns}} FROM put WHERE NOT inserted
        """;

    /// <summary>A row of the take, in <see cref="Columns"/>' order.</summary>
    private static Milestone Stored(NpgsqlDataReader row) => Milestone.Stored(row.GetGuid(0), Enum.Parse<MilestoneKind>(row.GetString(1)),
        row.GetString(2), new StepOwner(row.GetString(3), row.GetString(4), row.GetString(5), row.GetString(6)),
        row.NullableAt<DateTimeOffset>(7), row.NullableAt<DateOnly>(8), row.GetBoolean(9), row.TextOrNull(10),
        row.NullableAt<DateTimeOffset>(11), row.NullableAt<DateOnly>(12));

    private const string WriteBackSql = $$"""
        UPDATE supervision.milestones AS m SET "CaseNumber" = v.number, "Division" = v.division, "OrgUnitId" = v.unit,
            "MatterCode" = v.matter, "WindowId" = v.counted, "StartedAt" = v.started, "Deadline" = v.deadline, "Armed" = v.armed,
            "Outcome" = v.outcome, "DoneAt" = v.done, "NextCheckOn" = v.next
        FROM {{Unnest}} AS v(id, kind, number, division, unit, matter, counted, started, deadline, armed, outcome, done, next)
        WHERE m."CaseId" = v.id AND m."Kind" = v.kind
        """;

    private const string Columns = """
        "CaseId", "Kind", "CaseNumber", "Division", "OrgUnitId", "MatterCode", "WindowId", "StartedAt", "Deadline", "Armed", "Outcome", "DoneAt", "NextCheckOn"
        """;

    /// <summary>The rows' <see cref="Columns"/> as arrays.</summary>
    private const string Unnest = """
        unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::timestamptz[],
            $9::date[], $10::boolean[], $11::text[], $12::timestamptz[], $13::date[])
        """;

    private static object[] ValuesOf(IReadOnlyList<Milestone> steps)
    {
        T[] Of<T>(Func<Milestone, T> column) => [.. steps.Select(column)];
        return [Of(s => s.CaseId), Of(s => s.Kind.ToString()), Of(s => s.CaseNumber), Of(s => s.Division), Of(s => s.OrgUnitId),
            Of(s => s.MatterCode), Of(s => s.WindowId), Of(s => s.StartedAt), Of(s => s.Deadline), Of(s => s.Armed),
            Of(s => s.Outcome), Of(s => s.DoneAt), Of(s => s.NextCheckOn)];
    }

    /// <summary>What a change may alter, to tell a changed row from one left as it was.</summary>
    public static object Values(Milestone s) =>
        (s.CaseNumber, s.Division, s.OrgUnitId, s.MatterCode, s.WindowId, s.StartedAt, s.Deadline, s.Armed, s.Outcome, s.DoneAt, s.NextCheckOn);
}
