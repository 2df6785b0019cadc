using System.Text.Json;
using Linkage.Approval.Domain;
using Linkage.Messaging;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace Linkage.Approval.Persistence;

/// <summary>The case row's locks. An action (a clock stop, an extension, a consumer's change) locks the row
/// (SELECT … FOR UPDATE) for the rest of its transaction and reads the plan after it. A department's decision takes the
/// row only FOR KEY SHARE with its own task row, so the departments of one case decide side by side and no action
/// changes the case under them; at its start it learns whether a later task is pending, and if none is, at its end whether
/// it is the last (decisions 0650, 0709, 0733).</summary>
public static class ReviewCaseLock
{
    public static async Task<ReviewCase> LockAsync(this ApprovalDbContext db, Guid caseId, CancellationToken ct)
    {
        await db.Database.ExecuteSqlAsync(
            $"SELECT 1 FROM approval.review_cases WHERE \"Id\" = {caseId} FOR UPDATE", ct);
        return await db.ReadAsync(caseId, ct);
    }

    /// <summary>The start of a decision, in one round trip: the case row FOR KEY SHARE (other decisions go on, actions
    /// wait), the task row FOR NO KEY UPDATE (a second reviewer of the same department waits, then finds it decided),
    /// and, after both, whether a task of the case after this one is pending (decision 0733); then the plan.</summary>
    public static async Task<(ReviewCase Case, bool LaterPending)> ShareForDecisionAsync(this ApprovalDbContext db, Guid caseId, Guid taskId, CancellationToken ct)
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
                    SELECT EXISTS (SELECT FROM approval.review_tasks WHERE "CaseId" = $1 AND "Id" > $2 AND "Status" = 'Pending')
                    """) { Parameters = { new() { Value = caseId }, new() { Value = taskId } } },
            },
        };
        bool laterPending;
        await using (var reader = await batch.ExecuteReaderAsync(ct))
        {
            await reader.NextResultAsync(ct);
            laterPending = await reader.ReadAsync(ct) && reader.GetBoolean(0);
        }
        return (await db.ReadAsync(caseId, ct), laterPending);
    }

    /// <summary>Whether a decision whose own task is written is the last of its case's and concludes it (decision 0709):
    /// one statement, no case lock. The case's tasks are ordered by id. One after this decision's own task still
    /// pending: not the last, and whoever decides that task comes after this one (it waits for this commit below, or
    /// starts after it). None after it: the ones before it are taken FOR SHARE, every one (not only the first pending one
    /// met, decision 0702), which waits for each being decided to its commit and reads it again; those still pending then
    /// stay share-locked until this decision commits, so their deciders wait for this one at their start (0684): not the
    /// last. None left: the last. A decision waits only for the tasks before its own, so two never wait for each other.
    /// The same statement returns the other tasks as stored (the earlier ones as locked, after their commits), and the last
    /// takes their decisions into its tracked plan, unchanged for the save, instead of reading the plan again (0807): its
    /// case row is the one read under its key share at its start, which no action can change before it commits.</summary>
    public static async Task<bool> LastToDecideAsync(this ApprovalDbContext db, ReviewCase @case, Guid taskId, CancellationToken ct)
    {
        var others = await db.ReadAsync(StoredTask, ct, RawStatements.Statement(OthersSql, @case.Id, taskId));
        if (others.Any(t => t.IsPending)) return false;
        foreach (var stored in others)
        {
            var entry = db.Entry(@case.Tasks.Single(t => t.Id == stored.Id));
            entry.CurrentValues.SetValues(stored);
            entry.OriginalValues.SetValues(stored);
            entry.State = EntityState.Unchanged;
        }
        return true;
    }

    /// <summary>Sent with Npgsql alone (decision 0852): a constant text whose rows <see cref="StoredTask"/> reads, where EF's
    /// <c>FromSql</c> built the command and its shaper again for every decision.</summary>
    private const string OthersSql = $"""
        WITH earlier AS (SELECT * FROM approval.review_tasks WHERE "CaseId" = $1 AND "Id" < $2 FOR SHARE)
        SELECT {TaskColumns} FROM earlier
        UNION ALL SELECT {TaskColumns} FROM approval.review_tasks WHERE "CaseId" = $1 AND "Id" > $2
        """;

    /// <summary>The review task's columns as <see cref="StoredTask"/> reads them, by position; a test holds them to the model.</summary>
    public const string TaskColumns = """
        "Id", "CaseId", "LegCode", "DepartmentId", "DepartmentName", "LimitWorkingDays", "SignsOff", "Deadline", "Status",
        "Reason", "LegalBasis", "DecidedBy", "DecidedByName", "DecidedAt", "AssignedTo", "AssignedToName",
        "ExtendedWorkingDays", "KeyProject", "WaitingRejection"
        """;

    /// <summary>A row of <see cref="OthersSql"/>, in <see cref="TaskColumns"/>' order, its status and waiting rejection
    /// converted as <see cref="ReviewTaskConfiguration"/> stores them.</summary>
    private static ReviewTask StoredTask(NpgsqlDataReader row) => ReviewTask.Stored(row.GetGuid(0), row.GetGuid(1), row.TextOrNull(2),
        (row.GetString(3), row.GetString(4)), row.GetInt32(5), row.GetBoolean(6), row.GetFieldValue<DateOnly>(7),
        Enum.Parse<ReviewTaskStatus>(row.GetString(8)), (row.TextOrNull(9), row.TextOrNull(10)),
        (row.TextOrNull(11), row.TextOrNull(12), row.NullableAt<DateTimeOffset>(13)), (row.TextOrNull(14), row.TextOrNull(15)),
        row.GetInt32(16), row.GetBoolean(17), row.TextOrNull(18) is { } waiting
            ? JsonSerializer.Deserialize<ApprovedRejection>(waiting, ReviewTaskConfiguration.Json) : null);

    /// <summary>The plan with its tasks, tracked: compiled once per process, so a decision's read of it at its start (the last
    /// concludes from it, 0807) and each action's skip EF's parameter extraction and query cache (decision 0770).</summary>
    public static Task<ReviewCase> ReadAsync(this ApprovalDbContext db, Guid caseId, CancellationToken ct) =>
        PlanQuery(db, caseId, ct);

    private static readonly Func<ApprovalDbContext, Guid, CancellationToken, Task<ReviewCase>> PlanQuery =
        EF.CompileAsyncQuery((ApprovalDbContext db, Guid caseId, CancellationToken ct) =>
            db.Cases.Include(c => c.Tasks).Single(c => c.Id == caseId));
}
