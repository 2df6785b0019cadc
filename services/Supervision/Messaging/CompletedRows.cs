using Linkage.Supervision.Domain;
using Linkage.Supervision.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Supervision.Messaging;

/// <summary>A round's completed cases, taken and written back with one statement each (decision 0690), as
/// <see cref="MilestoneRows"/> does for the steps.</summary>
internal static class CompletedRows
{
    /// <summary>The watched cases of <paramref name="ids"/>, untracked, locked until the round commits, in key order, so
    /// that two rounds never wait on each other crosswise; each as last committed, also when another round completed it
    /// while this statement waited. The sweep claims its cases SKIP LOCKED and passes over them.</summary>
    public static async Task<Dictionary<Guid, SupervisedCase>> TakeAsync(SupervisionDbContext db, Guid[] ids, CancellationToken ct) =>
        await db.Cases.FromSql($"""
            SELECT c.*, c.xmin FROM supervision.cases c WHERE c."Id" = ANY({ids}) ORDER BY c."Id" FOR NO KEY UPDATE
            """).AsNoTracking().ToDictionaryAsync(c => c.Id, ct);

    /// <summary>The completion's columns and its timeline entry of each case, in one round trip; the rows are locked by
    /// <see cref="TakeAsync"/>, so no version is compared. A completed case is looked at by the sweep once more only to
    /// resolve its open cards: one without an open card is settled and gets no next check (decision 0782); the update,
    /// a statement after the take, sees every card a pass that held the row raised, and no pass raises one while the
    /// round holds it.</summary>
    public static Task WriteAsync(SupervisionDbContext db, IReadOnlyList<SupervisedCase> cases, CancellationToken ct)
    {
        if (cases.Count == 0) return Task.CompletedTask;
        T[] Of<T>(Func<SupervisedCase, T> column) => [.. cases.Select(column)];
        var entries = cases.Select(c => c.Timeline[^1]).ToArray(); // the completion's, just added
        return db.Database.ExecuteSqlAsync($"""
            UPDATE supervision.cases AS c SET "Status" = v.status, "Outcome" = v.outcome, "CompletedOn" = v.completed, "Channel" = v.channel,
                "OnSite" = v.on_site, "OnTime" = v.on_time, "Early" = v.early, "OverdueWorkingDays" = v.overdue, "Instant" = v.instant,
                "NextCheckOn" = CASE WHEN EXISTS (SELECT 1 FROM supervision.alarms a WHERE a."CaseId" = c."Id" AND a."ResolvedAt" IS NULL) THEN v.next END
            FROM unnest({Of(c => c.Id)}::uuid[], {Of(c => c.Status.ToString())}::text[], {Of(c => c.Outcome)}::text[],
                {Of(c => c.CompletedOn)}::date[], {Of(c => c.Channel)}::text[], {Of(c => c.OnSite)}::boolean[], {Of(c => c.OnTime)}::boolean[],
                {Of(c => c.Early)}::boolean[], {Of(c => c.OverdueWorkingDays)}::integer[], {Of(c => c.Instant)}::boolean[],
                {Of(c => c.NextCheckOn)}::date[])
                AS v(id, status, outcome, completed, channel, on_site, on_time, early, overdue, instant, next)
            WHERE c."Id" = v.id;
            INSERT INTO supervision.timeline_entries ("Id", "CaseId", "Kind", "At", "Detail")
            SELECT * FROM unnest({entries.Select(e => e.Id).ToArray()}::uuid[], {Of(c => c.Id)}::uuid[],
                {entries.Select(e => e.Kind.ToString()).ToArray()}::text[], {entries.Select(e => e.At).ToArray()}::timestamptz[],
                {entries.Select(e => e.Detail).ToArray()}::text[])
            """, ct);
    }
}
