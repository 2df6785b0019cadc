using Linkage.Approval.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace Linkage.Approval.Persistence;

/// <summary>The case row's locks. An action (a clock stop, an extension, a consumer's change) locks the row
/// (SELECT … FOR UPDATE) for the rest of its transaction and reads the plan after it. A department's decision takes the
/// row only FOR KEY SHARE with its own task row, so the departments of one case decide side by side and no action
/// changes the case under them; at its start it learns whether a later task is pending, and if none is, it asks the
/// last-to-decide question with its plan read (decisions 0650, 0709, 0733, 0748).</summary>
public static class ReviewCaseLock
{
    public static async Task<ReviewCase> LockAsync(this ApprovalDbContext db, Guid caseId, CancellationToken ct)
    {
        await db.Database.ExecuteSqlAsync(
            $"SELECT 1 FROM approval.review_cases WHERE \"Id\" = {caseId} FOR UPDATE", ct);
        return await db.ReadAsync(caseId, ct);
    }

    /// <summary>The start of a decision: the case row FOR KEY SHARE (other decisions go on, actions wait), the task row FOR
    /// NO KEY UPDATE (a second reviewer of the same department waits, then finds it decided) and, as a second statement
    /// of that round trip (its own snapshot, taken after both locks), whether this decision may be the last: its task
    /// still pending and none of the case after it (decision 0733). Then the plan, in a second round trip; a decision
    /// that may be the last sends the last-to-decide question ahead of it in that round trip (0748): the plan is read after
    /// the question's waits, so the join decided on it concludes the case when, and only when, this decision is the last.</summary>
    public static async Task<ReviewCase> ShareForDecisionAsync(this ApprovalDbContext db, Guid caseId, Guid taskId, CancellationToken ct)
    {
        var transaction = (NpgsqlTransaction)(db.Database.CurrentTransaction
            ?? throw new InvalidOperationException("A decision takes its locks in its transaction.")).GetDbTransaction();
        await using var batch = new NpgsqlBatch(transaction.Connection, transaction)
        {
            BatchCommands =
            {
                new NpgsqlBatchCommand("""
                    SELECT 1 FROM approval.review_cases c JOIN approval.review_tasks t ON t."CaseId" = c."Id"
                    WHERE c."Id" = $1 AND t."Id" = $2 FOR KEY SHARE OF c FOR NO KEY UPDATE OF t
                    """) { Parameters = { new() { Value = caseId }, new() { Value = taskId } } },
                new NpgsqlBatchCommand("""
                    SELECT NOT EXISTS (SELECT FROM approval.review_tasks WHERE "CaseId" = $1 AND "Id" > $2 AND "Status" = 'Pending')
                       AND EXISTS (SELECT FROM approval.review_tasks WHERE "Id" = $2 AND "Status" = 'Pending')
                    """) { Parameters = { new() { Value = caseId }, new() { Value = taskId } } },
            },
        };
        bool mayBeLast;
        await using (var reader = await batch.ExecuteReaderAsync(ct))
        {
            await reader.NextResultAsync(ct);
            mayBeLast = await reader.ReadAsync(ct) && reader.GetBoolean(0);
        }
        if (mayBeLast)
            db.SendAheadOfNextQuery(EarlierPendingShared, ("decision_case", caseId), ("decision_task", taskId));
        return await db.ReadAsync(caseId, ct);
    }

    /// <summary>The last-to-decide question of a decision with no task of its case after its own pending (decisions 0709,
    /// 0702, 0748): the case's tasks before it still pending, every one FOR SHARE (a count reads every row; EXISTS would
    /// stop at the first and leave the others' decisions in flight unwaited for). One being decided is waited for to its
    /// commit and read again; one still pending after that stays share-locked until this decision commits, so its decider
    /// waits for this one at its start: this one is not the last, and the plan read after this shows it pending. A
    /// decision waits only for the tasks before its own, so two never wait for each other.</summary>
    private const string EarlierPendingShared = """
        SELECT count(*) FROM (SELECT FROM approval.review_tasks
                              WHERE "CaseId" = @decision_case AND "Id" < @decision_task AND "Status" = 'Pending' FOR SHARE) earlier
        """;

    private static Task<ReviewCase> ReadAsync(this ApprovalDbContext db, Guid caseId, CancellationToken ct) =>
        db.Cases.Include(c => c.Tasks).SingleAsync(c => c.Id == caseId, ct);
}
