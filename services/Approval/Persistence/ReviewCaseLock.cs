using System.Data.Common;
using Linkage.Approval.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Linkage.Approval.Persistence;

/// <summary>The case row's locks. An action (a clock stop, an extension, a consumer's change) locks the row
/// (SELECT … FOR UPDATE) for the rest of its transaction and reads the plan after it. A department's decision takes the
/// row only FOR KEY SHARE with its own task row, so the departments of one case decide side by side and no action
/// changes the case under them; at its end it takes the row FOR NO KEY UPDATE, to learn whether it is the last
/// (decision 0650), unless a department it leaves pending is decided after it (0684).</summary>
public static class ReviewCaseLock
{
    public static async Task<ReviewCase> LockAsync(this ApprovalDbContext db, Guid caseId, CancellationToken ct)
    {
        await db.Database.ExecuteSqlAsync(
            $"SELECT 1 FROM approval.review_cases WHERE \"Id\" = {caseId} FOR UPDATE", ct);
        return await db.ReadAsync(caseId, ct);
    }

    /// <summary>The start of a decision: the case row FOR KEY SHARE (other decisions go on, actions wait), the task
    /// row FOR NO KEY UPDATE (a second reviewer of the same department waits, then finds it decided), then the plan.</summary>
    public static async Task<ReviewCase> ShareForDecisionAsync(this ApprovalDbContext db, Guid caseId, Guid taskId, CancellationToken ct)
    {
        await db.Database.ExecuteSqlAsync($"""
            SELECT 1 FROM approval.review_cases c JOIN approval.review_tasks t ON t."CaseId" = c."Id"
            WHERE c."Id" = {caseId} AND t."Id" = {taskId} FOR KEY SHARE OF c FOR NO KEY UPDATE OF t
            """, ct);
        return await db.ReadAsync(caseId, ct);
    }

    /// <summary>Whether a decision whose own task is written is the last of its case's and concludes it (decision 0684).
    /// A department still pending that nobody is deciding now is taken FOR SHARE until this decision commits: whoever
    /// decides it later waits for this one at its start (FOR NO KEY UPDATE of its task, or an action's FOR UPDATE of the
    /// case) and then reads this decision, so this one is not the last and takes no case lock. Otherwise every department
    /// left is being decided at this moment, and the case row orders them (<see cref="PendingAfterTurnAsync"/>).</summary>
    public static async Task<bool> LastToDecideAsync(this ApprovalDbContext db, Guid caseId, Guid taskId, CancellationToken ct)
    {
        var decidedLater = await db.Database.SqlQuery<int>($"""
            SELECT 1 AS "Value" FROM approval.review_tasks
            WHERE "CaseId" = {caseId} AND "Id" <> {taskId} AND "Status" = 'Pending'
            LIMIT 1 FOR SHARE SKIP LOCKED
            """).ToListAsync(ct);
        return decidedLater.Count == 0 && await db.PendingAfterTurnAsync(caseId, ct) == 0;
    }

    /// <summary>The end of a decision whose own task is written: the case row FOR NO KEY UPDATE, then, in a statement
    /// of its own (a snapshot taken after the lock was granted), the departments still pending. Decisions take this lock
    /// in turn, each holding it to its commit, so the last of them counts none pending: it concludes the case.</summary>
    private static async Task<long> PendingAfterTurnAsync(this ApprovalDbContext db, Guid caseId, CancellationToken ct)
    {
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        command.CommandText = """
            SELECT FROM approval.review_cases WHERE "Id" = @case FOR NO KEY UPDATE;
            SELECT count(*) FROM approval.review_tasks WHERE "CaseId" = @case AND "Status" = 'Pending'
            """;
        var parameter = command.CreateParameter();
        (parameter.ParameterName, parameter.Value) = ("case", caseId);
        command.Parameters.Add(parameter);
        await using DbDataReader reader = await command.ExecuteReaderAsync(ct);
        await reader.NextResultAsync(ct);
        await reader.ReadAsync(ct);
        return reader.GetInt64(0);
    }

    private static Task<ReviewCase> ReadAsync(this ApprovalDbContext db, Guid caseId, CancellationToken ct) =>
        db.Cases.Include(c => c.Tasks).SingleAsync(c => c.Id == caseId, ct);
}
