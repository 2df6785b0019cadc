using Linkage.Messaging;
using Linkage.Supervision.Domain;
using Linkage.Supervision.Persistence;
using Npgsql;

namespace Linkage.Supervision.Messaging;

/// <summary>收件 counted once per case (decision 0509), by whichever event tells this deployment first. A round's handlers
/// queue the receipts they would count; <see cref="ApplyAsync"/> puts them in with one statement for the round, as
/// <see cref="MilestoneChanges"/> does for the steps (decision 0703).</summary>
public sealed class Receipts
{
    private readonly List<Receipt> queued = [];

    /// <summary>The case's receipt, unless the round queued one for it already (the first in delivery order counts).</summary>
    public void Add(Receipt r)
    {
        if (!queued.Exists(q => q.CaseId == r.CaseId)) queued.Add(r);
    }

    /// <summary>Forgets what was queued: a round run again queues its receipts again.</summary>
    public void Clear() => queued.Clear();

    /// <summary>The queued receipts and their counts on the day (a delta row each, 0561) with one statement, <c>ON CONFLICT
    /// DO NOTHING</c> on the case: intake's <c>CaseSubmitted</c> and the case's first watch (<c>CaseAccepted</c>) arrive on
    /// two endpoints at once, and the second waits for the first's row and counts nothing (0666). The rows go in in key
    /// order, so two rounds sharing cases never wait on each other crosswise. A receipt is counted exactly when its row is
    /// written, so a redelivery, or a round run again, counts nothing twice. Returns how many were new.</summary>
    public async Task<int> ApplyAsync(SupervisionDbContext db, CancellationToken ct)
    {
        if (Take() is not { } put) return 0;
        return await db.ExecuteAsync(ct, put);
    }

    /// <summary>The statement of <see cref="ApplyAsync"/> with its values, sent with Npgsql alone (decision 0845), also
    /// before the round's steps' take in the same round trip (decision 0750); none when nothing is queued. The queue is
    /// emptied.</summary>
    public NpgsqlBatchCommand? Take()
    {
        if (queued.Count == 0) return null;
        T[] Of<T>(Func<Receipt, T> column) => [.. queued.Select(column)];
        var statement = RawStatements.Statement(Sql, Of(r => r.CaseId), Of(r => r.ReceivedOn), Of(r => r.HandlingDivision),
            Of(r => r.HandlingOrgUnitId), Of(r => r.MatterCode), Of(r => r.SubmittedAtOrgUnitId), Of(r => r.SubmittedAtDivision));
        queued.Clear();
        return statement;
    }

    /// <summary>The delta counts the receipt under the handling unit and matter, the receiving unit as its window (0527).</summary>
    private static readonly string Sql = $$"""
        WITH put AS (
            INSERT INTO supervision.receipts ("CaseId", "ReceivedOn", "HandlingDivision", "HandlingOrgUnitId", "MatterCode",
                "SubmittedAtOrgUnitId", "SubmittedAtDivision")
            SELECT * FROM unnest($1::uuid[], $2::date[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[]) AS r
            ORDER BY 1
            ON CONFLICT ("CaseId") DO NOTHING
            RETURNING "ReceivedOn", "HandlingDivision", "HandlingOrgUnitId", "MatterCode", "SubmittedAtOrgUnitId")
        INSERT INTO supervision.count_deltas ({{CountFold.Quoted(DailyCounts.Key.Concat(DailyCounts.Figures))}})
        SELECT "ReceivedOn", "HandlingDivision", "HandlingOrgUnitId", "MatterCode", "SubmittedAtOrgUnitId", '',
            {{string.Join(", ", DailyCounts.Figures.Select(f => f == nameof(Tally.Received) ? "1" : "0"))}}
        FROM put
        """;
}
