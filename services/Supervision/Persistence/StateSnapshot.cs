using Microsoft.EntityFrameworkCore;

namespace Linkage.Supervision.Persistence;

/// <summary>Recounts this deployment's open state into <c>state_rollups</c> (decision 0526) in one statement: a row
/// whose figures changed gets the next version, a row with nothing left is set to zero; rows a child rolled up here are
/// left alone. Open cases past due are a state, not a fact, so they are counted again rather than kept as deltas.</summary>
public static class StateSnapshot
{
    public static Task<int> RecountAsync(SupervisionDbContext db, DateOnly today, CancellationToken ct) =>
        db.Database.ExecuteSqlInterpolatedAsync($"""
            WITH fresh AS (
                SELECT "Day", "HandlingDivision", sum(oo)::int, sum(ar)::int, sum(aa)::int, sum(ax)::int, sum(red)::int,
                    sum(yellow)::int, sum(ow)::int, sum(orp)::int, sum(oe)::int
                FROM (
                    SELECT "DueDate" AS "Day", "HandlingDivision", 1 AS oo, 0 AS ar, 0 AS aa, 0 AS ax, 0 AS red, 0 AS yellow,
                        0 AS ow, 0 AS orp, 0 AS oe
                    FROM supervision.cases WHERE "Status" = 'Open' AND "DueDate" < {today}
                    UNION ALL
                    SELECT "RaisedOn", "HandlingDivision", 0, ("AcknowledgedAt" IS NULL AND "ResolvedAt" IS NULL)::int,
                        ("AcknowledgedAt" IS NOT NULL AND "ResolvedAt" IS NULL)::int, ("ResolvedAt" IS NOT NULL)::int,
                        ("Level" = 'Red')::int, ("Level" = 'Yellow')::int, 0, 0, 0
                    FROM supervision.alarms
                    UNION ALL
                    SELECT ("IssuedAt" AT TIME ZONE 'Asia/Shanghai')::date, "TargetDivision", 0, 0, 0, 0, 0, 0,
                        ("RepliedAt" IS NULL AND "EscalatedTo" IS NULL)::int, ("RepliedAt" IS NOT NULL)::int,
                        ("RepliedAt" IS NULL AND "EscalatedTo" IS NOT NULL)::int
                    FROM supervision.orders) f
                GROUP BY "Day", "HandlingDivision"),
            gone AS (
                SELECT s."Day", s."HandlingDivision", 0, 0, 0, 0, 0, 0, 0, 0, 0 FROM supervision.state_rollups s
                WHERE s."RolledUpFrom" = '' AND NOT EXISTS (
                    SELECT 1 FROM fresh f WHERE f."Day" = s."Day" AND f."HandlingDivision" = s."HandlingDivision"))
            INSERT INTO supervision.state_rollups AS s ("Day", "HandlingDivision", "OpenOverdue", "AlarmsRaised",
                "AlarmsAcknowledged", "AlarmsResolved", "Red", "Yellow", "OrdersAwaiting", "OrdersReplied", "OrdersEscalated",
                "Version", "PublishedVersion", "RolledUpFrom")
            SELECT x.*, 1, 0, '' FROM (SELECT * FROM fresh UNION ALL SELECT * FROM gone) x
            ON CONFLICT ("Day", "HandlingDivision") DO UPDATE SET "OpenOverdue" = EXCLUDED."OpenOverdue",
                "AlarmsRaised" = EXCLUDED."AlarmsRaised", "AlarmsAcknowledged" = EXCLUDED."AlarmsAcknowledged",
                "AlarmsResolved" = EXCLUDED."AlarmsResolved", "Red" = EXCLUDED."Red", "Yellow" = EXCLUDED."Yellow",
                "OrdersAwaiting" = EXCLUDED."OrdersAwaiting", "OrdersReplied" = EXCLUDED."OrdersReplied",
                "OrdersEscalated" = EXCLUDED."OrdersEscalated", "Version" = s."Version" + 1
            WHERE s."RolledUpFrom" = '' AND (s."OpenOverdue", s."AlarmsRaised", s."AlarmsAcknowledged", s."AlarmsResolved",
                    s."Red", s."Yellow", s."OrdersAwaiting", s."OrdersReplied", s."OrdersEscalated")
                IS DISTINCT FROM (EXCLUDED."OpenOverdue", EXCLUDED."AlarmsRaised", EXCLUDED."AlarmsAcknowledged",
                    EXCLUDED."AlarmsResolved", EXCLUDED."Red", EXCLUDED."Yellow", EXCLUDED."OrdersAwaiting",
                    EXCLUDED."OrdersReplied", EXCLUDED."OrdersEscalated")
            """, ct);
}
