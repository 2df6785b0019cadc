using Linkage.Supervision.Domain;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Supervision.Persistence;

/// <summary>Adds a fact's tally to its day's counter row with one upsert, inside the caller's transaction (the inbox
/// transaction or the sweep's), so a fact counts exactly when it is recorded.</summary>
public static class DailyCounts
{
    public static Task AddAsync(SupervisionDbContext db, SupervisedCase c, DateOnly day, Tally t, CancellationToken ct) =>
        AddAsync(db, new CountKey(c.HandlingDivision, c.HandlingOrgUnitId, c.MatterCode), day, t, ct);

    public static Task AddAsync(SupervisionDbContext db, CountKey c, DateOnly day, Tally t, CancellationToken ct) =>
        db.Database.ExecuteSqlInterpolatedAsync($"""
            INSERT INTO supervision.daily_counts AS d ("Day", "HandlingDivision", "HandlingOrgUnitId", "MatterCode", "Received",
                "Completed", "OnTime", "Early", "Instant", "CompletedLate", "StoppedWorkingDays", "Yellow", "Red", "Ratings",
                "GradeSum", "Satisfied", "Online", "RectificationsClosed", "RectificationsOverdue")
            VALUES ({day}, {c.HandlingDivision}, {c.HandlingOrgUnitId}, {c.MatterCode}, {t.Received}, {t.Completed}, {t.OnTime},
                {t.Early}, {t.Instant}, {t.CompletedLate}, {t.StoppedWorkingDays}, {t.Yellow}, {t.Red}, {t.Ratings}, {t.GradeSum},
                {t.Satisfied}, {t.Online}, {t.RectificationsClosed}, {t.RectificationsOverdue})
            ON CONFLICT ("Day", "HandlingDivision", "HandlingOrgUnitId", "MatterCode") DO UPDATE SET
                "Received" = d."Received" + EXCLUDED."Received", "Completed" = d."Completed" + EXCLUDED."Completed",
                "OnTime" = d."OnTime" + EXCLUDED."OnTime", "Early" = d."Early" + EXCLUDED."Early",
                "Instant" = d."Instant" + EXCLUDED."Instant", "CompletedLate" = d."CompletedLate" + EXCLUDED."CompletedLate",
                "StoppedWorkingDays" = d."StoppedWorkingDays" + EXCLUDED."StoppedWorkingDays",
                "Yellow" = d."Yellow" + EXCLUDED."Yellow", "Red" = d."Red" + EXCLUDED."Red",
                "Ratings" = d."Ratings" + EXCLUDED."Ratings", "GradeSum" = d."GradeSum" + EXCLUDED."GradeSum",
                "Satisfied" = d."Satisfied" + EXCLUDED."Satisfied", "Online" = d."Online" + EXCLUDED."Online",
                "RectificationsClosed" = d."RectificationsClosed" + EXCLUDED."RectificationsClosed",
                "RectificationsOverdue" = d."RectificationsOverdue" + EXCLUDED."RectificationsOverdue"
            """, ct);
}

/// <summary>The row a fact is counted under: the handling unit's division, the unit and the matter ("" when unknown).</summary>
public sealed record CountKey(string HandlingDivision, string HandlingOrgUnitId, string MatterCode);
