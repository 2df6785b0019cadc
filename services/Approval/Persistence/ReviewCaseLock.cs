using System.Data.Common;
using Linkage.Approval.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Linkage.Approval.Persistence;

/// <summary>The case row's locks. An action (a clock stop, an extension, a consumer's change) locks the row
/// (SELECT … FOR UPDATE) for the rest of its transaction and reads the plan after it. A department's decision takes the
/// row only FOR KEY SHARE with its own task row, so the departments of one case decide side by side and no action
/// changes the case under them; it takes the row FOR NO KEY UPDATE only at its end, to learn whether it is the last
/// (decision 0650).</summary>
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

    /// <summary>The end of a decision whose own task is written: the case row FOR NO KEY UPDATE, then, in a statement
    /// of its own (a snapshot taken after the lock was granted), the departments still pending. Decisions take this lock
    /// in turn, each holding it to its commit, so the last of them counts none pending: it concludes the case.</summary>
    public static async Task<long> PendingAfterTurnAsync(this ApprovalDbContext db, Guid caseId, CancellationToken ct)
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
