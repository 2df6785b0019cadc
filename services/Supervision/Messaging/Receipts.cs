using Linkage.Supervision.Domain;
using Linkage.Supervision.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Supervision.Messaging;

/// <summary>收件 counted once per case (decision 0509), by whichever event tells this deployment first.</summary>
public static class Receipts
{
    /// <summary>The receipt's row and its count on the day (a delta row, 0561) go in with one statement, <c>ON CONFLICT DO
    /// NOTHING</c> on the case: intake's <c>CaseSubmitted</c> and the case's first watch (<c>CaseAccepted</c>) arrive on two
    /// endpoints at once, and the second waits for the first's row and counts nothing, where a read first let both insert
    /// and the second fail on <c>PK_receipts</c> (23505) and run its whole delivery again (decision 0666). A receipt is
    /// counted exactly when its row is written; in a delivery applied in one batch both commit before the batch, as a
    /// milestone's bare row does (0619): a redelivery finds them and counts nothing. False when the case's receipt was
    /// known already.</summary>
    public static async Task<bool> CountAsync(SupervisionDbContext db, Receipt r, CancellationToken ct) =>
        await db.Database.ExecuteSqlRawAsync(Sql, [r.CaseId, r.ReceivedOn, r.HandlingDivision, r.HandlingOrgUnitId, r.MatterCode,
            r.SubmittedAtOrgUnitId, r.SubmittedAtDivision], ct) > 0;

    /// <summary>The delta counts the receipt under the handling unit and matter, the receiving unit as its window (0527).</summary>
    private static readonly string Sql = $$"""
        WITH put AS (
            INSERT INTO supervision.receipts ("CaseId", "ReceivedOn", "HandlingDivision", "HandlingOrgUnitId", "MatterCode",
                "SubmittedAtOrgUnitId", "SubmittedAtDivision")
            VALUES ({0}, {1}, {2}, {3}, {4}, {5}, {6}) ON CONFLICT ("CaseId") DO NOTHING
            RETURNING "ReceivedOn", "HandlingDivision", "HandlingOrgUnitId", "MatterCode", "SubmittedAtOrgUnitId")
        INSERT INTO supervision.count_deltas ({{string.Join(", ", DailyCounts.Key.Concat(DailyCounts.Figures).Select(c => $"\"{c}\""))}})
        SELECT "ReceivedOn", "HandlingDivision", "HandlingOrgUnitId", "MatterCode", "SubmittedAtOrgUnitId", '',
            {{string.Join(", ", DailyCounts.Figures.Select(f => f == nameof(Tally.Received) ? "1" : "0"))}}
        FROM put
        """;
}
