using Linkage.Supervision.Domain;
using Linkage.Supervision.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Supervision.Messaging;

/// <summary>A round's milestone rows, taken and written back with one statement each (decision 0676).</summary>
internal static class MilestoneRows
{
    /// <summary>Every row of <paramref name="keys"/>, put in place when missing (the bare row is no step yet: no start, no
    /// end, not armed, no next check) and locked until the round commits, in key order, so that two rounds never wait on
    /// each other crosswise. The conflict's no-op update locks an existing row and returns it as last committed, also
    /// when another round committed it while this statement waited.</summary>
    public static async Task<Dictionary<(Guid CaseId, MilestoneKind Kind), Milestone>> TakeAsync(SupervisionDbContext db,
        IReadOnlyList<(Guid CaseId, MilestoneKind Kind)> keys, CancellationToken ct)
    {
        var (ids, kinds) = (keys.Select(k => k.CaseId).ToArray(), keys.Select(k => k.Kind.ToString()).ToArray());
        var rows = await db.Milestones.FromSql($"""
            WITH put AS (
                INSERT INTO supervision.milestones AS m ("CaseId", "Kind", "CaseNumber", "Division", "Armed")
                SELECT k.id, k.kind, '', '', false FROM unnest({ids}::uuid[], {kinds}::text[]) AS k(id, kind) ORDER BY k.id, k.kind
                ON CONFLICT ("CaseId", "Kind") DO UPDATE SET "Armed" = m."Armed"
                RETURNING m.*, m.xmin)
            SELECT * FROM put
            """).AsNoTracking().ToListAsync(ct);
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
    public static (string Sql, object[] Values) WriteBack(IReadOnlyList<Milestone> steps)
    {
        T[] Of<T>(Func<Milestone, T> column) => [.. steps.Select(column)];
        return ("""
            UPDATE supervision.milestones AS m SET "CaseNumber" = v.number, "Division" = v.division, "OrgUnitId" = v.unit,
                "MatterCode" = v.matter, "WindowId" = v.counted, "StartedAt" = v.started, "Deadline" = v.deadline, "Armed" = v.armed,
                "Outcome" = v.outcome, "DoneAt" = v.done, "NextCheckOn" = v.next
            FROM unnest({0}::uuid[], {1}::text[], {2}::text[], {3}::text[], {4}::text[], {5}::text[], {6}::text[],
                {7}::timestamptz[], {8}::date[], {9}::boolean[], {10}::text[], {11}::timestamptz[], {12}::date[])
                AS v(id, kind, number, division, unit, matter, counted, started, deadline, armed, outcome, done, next)
            WHERE m."CaseId" = v.id AND m."Kind" = v.kind
            """, [Of(s => s.CaseId), Of(s => s.Kind.ToString()), Of(s => s.CaseNumber), Of(s => s.Division), Of(s => s.OrgUnitId),
                Of(s => s.MatterCode), Of(s => s.WindowId), Of(s => s.StartedAt), Of(s => s.Deadline), Of(s => s.Armed),
                Of(s => s.Outcome), Of(s => s.DoneAt), Of(s => s.NextCheckOn)]);
    }

    /// <summary>What a change may alter, to tell a changed row from one left as it was.</summary>
    public static object Values(Milestone s) =>
        (s.CaseNumber, s.Division, s.OrgUnitId, s.MatterCode, s.WindowId, s.StartedAt, s.Deadline, s.Armed, s.Outcome, s.DoneAt, s.NextCheckOn);
}
