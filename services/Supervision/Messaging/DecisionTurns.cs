using System.Data.Common;
using Linkage.Messaging;
using Linkage.Supervision.Domain;
using Linkage.Supervision.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Linkage.Supervision.Messaging;

/// <summary>The turn of a round of departments' decisions on their cases (decision 0843), taken as one decision's turn
/// was (0666, 0691, 0782), then the cases read, tracked, with their steps. One round trip in the common case, in a
/// savepoint of the round's transaction: the cases' rows FOR SHARE in key order (a sweep that claimed one is waited for;
/// other decisions of the case share it; a sweep passes over it until the round commits); each decision's step put in
/// under that lock with <c>ON CONFLICT DO NOTHING</c> (one that overtook the review's opening starts at its day, as
/// 0525's); the steps locked FOR NO KEY UPDATE in key order, so a decision sent again under a new id in another round
/// waits, then reads the first one's decision; then whether a case must be made due now. Read after the locks, the cases
/// need no comparison. A case with an open card and a later check, as 0782 has it, must be made due, so the next pass
/// resolves the decided step's card: the savepoint is rolled back, letting go of every row (no upgrade of a shared lock,
/// 0691), and the cases are taken FOR NO KEY UPDATE in key order, those marked, and the steps put in and locked again.
/// Case before step, rows in key order, as <see cref="ApprovalFacts.OpenedAsync"/> takes them; the sweep skips locked
/// cases.</summary>
public static class DecisionTurns
{
    private const string MustBeDue = """
        c."Status" = @open AND c."ClockStoppedOn" IS NULL AND c."NextCheckOn" IS DISTINCT FROM @now
        AND EXISTS (SELECT 1 FROM supervision.alarms a WHERE a."CaseId" = c."Id" AND a."ResolvedAt" IS NULL)
        """;

    private const string StepsTaken = $"""
        INSERT INTO supervision.steps ("TaskId", "CaseId", "DepartmentId", "Deadline")
        SELECT t.task, c."Id", t.department, t.deadline
        FROM unnest(@tasks, @taskCases, @departments, @days) AS t(task, case_id, department, deadline)
        JOIN supervision.cases c ON c."Id" = t.case_id
        ORDER BY t.task
        ON CONFLICT ("TaskId") DO NOTHING;
        SELECT count(*) FROM (SELECT 1 FROM supervision.steps WHERE "TaskId" = ANY(@tasks) ORDER BY "TaskId" FOR NO KEY UPDATE) s;
        SELECT count(*) FROM supervision.cases c WHERE c."Id" = ANY(@cases) AND {MustBeDue}
        """;

    private const string Shared = $"""
        SAVEPOINT turn;
        SELECT count(*) FROM (SELECT 1 FROM supervision.cases WHERE "Id" = ANY(@cases) ORDER BY "Id" FOR SHARE) l;
        {StepsTaken}
        """;

    private const string Marked = $"""
        ROLLBACK TO SAVEPOINT turn;
        SELECT count(*) FROM (SELECT 1 FROM supervision.cases WHERE "Id" = ANY(@cases) ORDER BY "Id" FOR NO KEY UPDATE) l;
        UPDATE supervision.cases c SET "NextCheckOn" = @now WHERE c."Id" = ANY(@cases) AND {MustBeDue};
        {StepsTaken}
        """;

    /// <summary>The watched cases of <paramref name="decisions"/>, tracked, their steps in place and locked for the
    /// round's transaction; a case not watched yet is missing.</summary>
    public static async Task<Dictionary<Guid, SupervisedCase>> TakeAsync(SupervisionDbContext db,
        IReadOnlyList<(Guid CaseId, Guid TaskId, string DepartmentId, DateOnly Day)> decisions, CancellationToken ct)
    {
        var cases = decisions.Select(d => d.CaseId).Distinct().ToArray();
        var steps = decisions.DistinctBy(d => d.TaskId).ToList();
        (string, object)[] parameters = [("cases", cases), ("tasks", steps.Select(s => s.TaskId).ToArray()),
            ("taskCases", steps.Select(s => s.CaseId).ToArray()), ("departments", steps.Select(s => s.DepartmentId).ToArray()),
            ("days", steps.Select(s => s.Day).ToArray()), ("now", SupervisedCase.CheckNow), ("open", nameof(SupervisedCaseStatus.Open))];
        if (await LastCountAsync(db, Shared, parameters, ct) > 0) await LastCountAsync(db, Marked, parameters, ct);
        return await db.Cases.Where(c => cases.Contains(c.Id)).ToDictionaryAsync(c => c.Id, ct);
    }

    /// <summary>Runs <paramref name="statements"/> in the caller's transaction; the count of the last.</summary>
    private static async Task<long> LastCountAsync(SupervisionDbContext db, string statements, (string Name, object Value)[] parameters,
        CancellationToken ct)
    {
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        command.CommandText = statements;
        InboxFirstStatement.PrependPending(db, command); // a delivery alone: its inbox row before any lock (0654)
        foreach (var (name, value) in parameters) command.Parameters.Add(Parameter(command, name, value));
        await using var reader = await command.ExecuteReaderAsync(ct);
        var last = 0L;
        do
            if (await reader.ReadAsync(ct)) last = reader.GetInt64(0);
        while (await reader.NextResultAsync(ct));
        return last;
    }

    private static DbParameter Parameter(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        (parameter.ParameterName, parameter.Value) = (name, value);
        return parameter;
    }
}
