using System.Text.Json;
using Linkage.Supervision.Domain;
using Linkage.Supervision.Features.Rules;
using Linkage.Supervision.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Supervision.Features.Sweep;

/// <summary>A claimed case as the deadline sweep reads it: what its alarms and counters are filed under, what its
/// deadline is judged on, whether it has an open alarm at all, and the rule table's stamp (<see cref="RuleBooks"/>).</summary>
public sealed record DueCase(Guid Id, string CaseNumber, CountKey Counted, CaseClock Clock, bool HasOpenAlarm, string RulesStamp);

/// <summary>The claimed cases in one statement (decision 0597): each row with its pending steps as JSON and whether an
/// alarm of it is open, instead of the case, its steps and its whole timeline read as entities (three statements).
/// Read after the claim, so it sees everything committed before the cases were locked.</summary>
public static class DueCases
{
    public static async Task<IReadOnlyList<DueCase>> ReadAsync(SupervisionDbContext db, Guid[] ids, CancellationToken ct) =>
        (await db.Database.SqlQueryRaw<DueCaseRow>(Sql, [ids]).ToListAsync(ct)).ConvertAll(r => r.ToDueCase());

    private const string Sql = """
        SELECT c."Id", c."CaseNumber", c."HandlingDivision", c."HandlingOrgUnitId", c."MatterCode", c."AcceptedAtWindow",
            c."SubmittedAtOrgUnitId", c."Status", c."ClockStoppedOn" IS NULL AS "Running", c."AcceptedOn", c."DueDate",
            c."StoppedWorkingDays", c."KeyProjectTargetOn",
            coalesce((SELECT json_agg(json_build_object('TaskId', s."TaskId", 'DepartmentId', s."DepartmentId", 'Deadline', s."Deadline"))
                FROM supervision.steps s WHERE s."CaseId" = c."Id" AND s."Decision" IS NULL), '[]')::text AS "PendingSteps",
            EXISTS (SELECT 1 FROM supervision.alarms a WHERE a."CaseId" = c."Id" AND a."ResolvedAt" IS NULL) AS "HasOpenAlarm",
        """ + " " + RuleBooks.StampSql + """ AS "RulesStamp" FROM supervision.cases c WHERE c."Id" = ANY({0})""";
}

public sealed record DueCaseRow(Guid Id, string CaseNumber, string HandlingDivision, string HandlingOrgUnitId, string MatterCode,
    string? AcceptedAtWindow, string SubmittedAtOrgUnitId, string Status, bool Running, DateOnly AcceptedOn, DateOnly DueDate,
    int StoppedWorkingDays, DateOnly? KeyProjectTargetOn, string PendingSteps, bool HasOpenAlarm, string RulesStamp)
{
    internal DueCase ToDueCase() => new(Id, CaseNumber,
        new CountKey(HandlingDivision, HandlingOrgUnitId, MatterCode, SupervisedCase.WindowOf(AcceptedAtWindow, SubmittedAtOrgUnitId)),
        new CaseClock(Enum.Parse<SupervisedCaseStatus>(Status), Running, AcceptedOn, DueDate, StoppedWorkingDays,
            JsonSerializer.Deserialize<List<PendingStep>>(PendingSteps)!, KeyProjectTargetOn),
        HasOpenAlarm, RulesStamp);
}
