using Linkage.Messaging;
using Linkage.Supervision.Domain;
using Linkage.Supervision.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Supervision.Messaging;

/// <summary>Approval's events name only the case: it is watched from intake's acceptance, which approval itself
/// waits for. Should approval's event overtake it here, the inbox waits for the acceptance (decision 0413).</summary>
public static class ApprovalFacts
{
    public static async Task<SupervisedCase> WatchedAsync(SupervisionDbContext db, Guid caseId, CancellationToken ct) =>
        await WatchedQuery(db, caseId, ct)
        ?? throw new EventOvertakenException($"Case {caseId} is not watched yet; its acceptance has not arrived.");

    /// <summary>The case, tracked: compiled once per process, so each approval event (a decision reads it once or twice)
    /// skips EF's parameter extraction and query cache (decision 0770).</summary>
    private static readonly Func<SupervisionDbContext, Guid, CancellationToken, Task<SupervisedCase?>> WatchedQuery =
        EF.CompileAsyncQuery((SupervisionDbContext db, Guid caseId, CancellationToken ct) => db.Cases.FirstOrDefault(c => c.Id == caseId));

    /// <summary>The case, locked for this unit of work, with its tasks' steps in place. A step is added by whichever event
    /// names its task first, and two events of one task may be handled at once (a decision and an extension, or a decision
    /// sent again under a new id; the review's opening holds no lock, <see cref="OpenedAsync"/>): the case row is locked
    /// first, so they take turns, and the step row goes in with <c>ON CONFLICT DO NOTHING</c> before the case is read, so
    /// the second finds the first's step and decision instead of failing on the step's key (23505) or deciding it a second
    /// time (decision 0525). The lock is FOR NO KEY UPDATE, as an UPDATE of the row takes: the foreign-key checks of other
    /// consumers' inserts (milestones, timeline entries; FOR KEY SHARE) of the same case do not wait for it, which FOR
    /// UPDATE made them do. The lock and the steps are one statement, a query, so the delivery's inbox row and BEGIN go in
    /// its round trip (decision 0654): the steps' rows come from the locked row, so the case is taken first.</summary>
    public static async Task<SupervisedCase> WithStepsAsync(SupervisionDbContext db, Guid caseId,
        IReadOnlyList<(Guid TaskId, string DepartmentId, DateOnly Deadline)> tasks, CancellationToken ct)
    {
        var (ids, departments, deadlines) = Columns(tasks);
        await db.Database.SqlQuery<Guid>($"""
            WITH locked AS (SELECT "Id" FROM supervision.cases WHERE "Id" = {caseId} FOR NO KEY UPDATE),
            put AS (
                INSERT INTO supervision.steps ("TaskId", "CaseId", "DepartmentId", "Deadline")
                SELECT t.task, l."Id", t.department, t.deadline
                FROM locked l, unnest({ids}, {departments}, {deadlines}) AS t(task, department, deadline)
                ON CONFLICT ("TaskId") DO NOTHING)
            SELECT "Id" AS "Value" FROM locked
            """).ToListAsync(ct);
        return await WatchedAsync(db, caseId, ct);
    }

    /// <summary>The cases of a round of reviews opened, tracked, with the reviews' steps in place, read without holding a lock
    /// across the round (decisions 0644, 0805). One round trip of two statements, committed together before the round's save:
    /// each open, running case's next check is moved to the day its first step can be late if that is earlier, as
    /// <see cref="SupervisedCase.OpenReview"/> would (decision 0782), and then the steps go in (a step that a decision or an
    /// extension added first keeps the later deadline, as <c>MoveDeadline</c> would). The cases' rows are taken first, in key
    /// order in one statement, before any step row, in the order of <see cref="WithStepsAsync"/>, so two rounds never wait on
    /// each other crosswise; a sweep that claimed a case and read it without these steps holds the row until it commits, and
    /// the update, which matches the row whatever its next check (a condition on it would pass over a row the sweep changes
    /// meanwhile), takes the earlier of the sweep's next check and the steps' first, so a pass looks at the steps in time, as
    /// the case lock of 0525 ensured. The handler then changes nothing on the case rows: the round's save (timeline entries,
    /// tallies, inbox rows) needs no row-version check. A case not watched yet is not among those returned.</summary>
    public static async Task<Dictionary<Guid, SupervisedCase>> OpenedAsync(SupervisionDbContext db,
        IReadOnlyList<(Guid CaseId, IReadOnlyList<(Guid TaskId, string DepartmentId, DateOnly Deadline)> Tasks)> reviews, CancellationToken ct)
    {
        var ids = reviews.Select(r => r.CaseId).Distinct().ToArray();
        var firsts = reviews.Where(r => r.Tasks.Count > 0).GroupBy(r => r.CaseId)
            .Select(g => (CaseId: g.Key, First: g.Min(r => SupervisedCase.FirstStepCheck(r.Tasks)!.Value))).ToList();
        var steps = reviews.SelectMany(r => r.Tasks.Select(t => (r.CaseId, Task: t))).GroupBy(s => s.Task.TaskId) // one row a task: ON CONFLICT changes a row once
            .Select(g => (g.First().CaseId, Task: g.First().Task with { Deadline = g.Max(s => s.Task.Deadline) })).ToList();
        await db.Database.ExecuteSqlInterpolatedAsync($"""
            UPDATE supervision.cases c SET "NextCheckOn" = least(c."NextCheckOn", u.first)
            FROM (SELECT "Id" FROM supervision.cases WHERE "Id" = ANY({ids}) ORDER BY "Id" FOR NO KEY UPDATE) l,
                unnest({firsts.Select(f => f.CaseId).ToArray()}, {firsts.Select(f => f.First).ToArray()}) AS u(id, first)
            WHERE c."Id" = l."Id" AND u.id = l."Id" AND c."Status" = {nameof(SupervisedCaseStatus.Open)} AND c."ClockStoppedOn" IS NULL;
            INSERT INTO supervision.steps AS s ("TaskId", "CaseId", "DepartmentId", "Deadline")
            SELECT t.task, c."Id", t.department, t.deadline
            FROM unnest({steps.Select(s => s.Task.TaskId).ToArray()}, {steps.Select(s => s.CaseId).ToArray()},
                {steps.Select(s => s.Task.DepartmentId).ToArray()}, {steps.Select(s => s.Task.Deadline).ToArray()}) AS t(task, case_id, department, deadline)
            JOIN supervision.cases c ON c."Id" = t.case_id
            ON CONFLICT ("TaskId") DO UPDATE SET "Deadline" = greatest(s."Deadline", excluded."Deadline")
            """, ct);
        return await db.Cases.Where(c => ids.Contains(c.Id)).ToDictionaryAsync(c => c.Id, ct);
    }

    private static (Guid[] Ids, string[] Departments, DateOnly[] Deadlines) Columns(
        IReadOnlyList<(Guid TaskId, string DepartmentId, DateOnly Deadline)> tasks) =>
        (tasks.Select(t => t.TaskId).ToArray(), tasks.Select(t => t.DepartmentId).ToArray(), tasks.Select(t => t.Deadline).ToArray());
}
