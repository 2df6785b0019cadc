using System.Collections.Concurrent;
using Linkage.Supervision.Domain;
using Linkage.Supervision.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Supervision.Messaging;

/// <summary>A round's milestone rows, taken and written back with one statement each (decision 0676); the rows a round puts
/// in go in as the round leaves them (0751).</summary>
internal static class MilestoneRows
{
    /// <summary>The round's steps put in place as <paramref name="fresh"/> has them (the bare row with the round's changes,
    /// decision 0751) where no row is there yet, else locked and answered as last committed, also when another round
    /// committed it while this statement waited (the conflict's no-op update); until the round commits, in key order, so
    /// that two rounds never wait on each other crosswise. Answers only the rows that were there: those put in are done.
    /// A statement <paramref name="before"/> it (the round's receipts, 0750) goes in the same round trip and runs first.</summary>
    public static async Task<Dictionary<(Guid CaseId, MilestoneKind Kind), Milestone>> TakeAsync(SupervisionDbContext db,
        IReadOnlyList<Milestone> fresh, CancellationToken ct, (string Sql, object[] Values)? before = null)
    {
        var sql = before is { } first
            ? TakeAfter.GetOrAdd((first.Sql, first.Values.Length), s => $"{s.Sql};\n{Take(s.Values)}")
            : TakeAlone;
        var rows = await db.Milestones.FromSqlRaw(sql, [.. before?.Values ?? [], .. ValuesOf(fresh)])
            .AsNoTracking().ToListAsync(ct);
        return rows.ToDictionary(m => (m.CaseId, m.Kind));
    }

    /// <summary>The changed rows written back whole, in one statement; the rows are locked by <see cref="TakeAsync"/>,
    /// so no version is compared.</summary>
    public static Task WriteAsync(SupervisionDbContext db, IReadOnlyList<Milestone> steps, CancellationToken ct)
    {
        if (steps.Count == 0) return Task.CompletedTask;
        var (sql, values) = WriteBack(steps);
        return db.Database.ExecuteSqlRawAsync(sql, values, ct);
    }

    /// <summary>The write-back of <see cref="WriteAsync"/> as a statement and its values (<c>{0}</c>…<c>{12}</c>), for a
    /// command that sends another statement after it in the same round trip.</summary>
    public static (string Sql, object[] Values) WriteBack(IReadOnlyList<Milestone> steps) =>
        (WriteBackSql, ValuesOf(steps));

    /// <summary>The take's text by what runs before it (decision 0834): alone, or after the receipts' statement,
    /// whose values come first, so the take's parameters start after them. Built once per shape.</summary>
    private static readonly string TakeAlone = Take(0);

    private static readonly ConcurrentDictionary<(string Sql, int Values), string> TakeAfter = new();

    private static string Take(int n) => $$"""
        WITH put AS (
            INSERT INTO supervision.milestones AS m ({{Columns}})
            SELECT * FROM {{Unnest(n)}} ORDER BY 1, 2
            ON CONFLICT ("CaseId", "Kind") DO UPDATE SET "Armed" = m."Armed"
            RETURNING m.*, m.xmin, m.xmax = 0 AS inserted)
        SELECT {{Columns}}, xmin FROM put WHERE NOT inserted
        """;

    private static readonly string WriteBackSql = $$"""
        UPDATE supervision.milestones AS m SET "CaseNumber" = v.number, "Division" = v.division, "OrgUnitId" = v.unit,
            "MatterCode" = v.matter, "WindowId" = v.counted, "StartedAt" = v.started, "Deadline" = v.deadline, "Armed" = v.armed,
            "Outcome" = v.outcome, "DoneAt" = v.done, "NextCheckOn" = v.next
        FROM {{Unnest(0)}} AS v(id, kind, number, division, unit, matter, counted, started, deadline, armed, outcome, done, next)
        WHERE m."CaseId" = v.id AND m."Kind" = v.kind
        """;

    private const string Columns = """
        "CaseId", "Kind", "CaseNumber", "Division", "OrgUnitId", "MatterCode", "WindowId", "StartedAt", "Deadline", "Armed", "Outcome", "DoneAt", "NextCheckOn"
        """;

    /// <summary>The rows' <see cref="Columns"/> as arrays, parameters <paramref name="n"/> on.</summary>
    private static string Unnest(int n) => $$"""
        unnest({{{n}}}::uuid[], {{{n + 1}}}::text[], {{{n + 2}}}::text[], {{{n + 3}}}::text[], {{{n + 4}}}::text[], {{{n + 5}}}::text[],
            {{{n + 6}}}::text[], {{{n + 7}}}::timestamptz[], {{{n + 8}}}::date[], {{{n + 9}}}::boolean[], {{{n + 10}}}::text[],
            {{{n + 11}}}::timestamptz[], {{{n + 12}}}::date[])
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
