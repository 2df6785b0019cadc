using Linkage.Supervision.Domain;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Supervision.Persistence;

/// <summary>Adds a fact's tally to its day's counter row with one upsert, inside the caller's transaction (the inbox
/// transaction or the sweep's), so a fact counts exactly when it is recorded. Each change bumps the row's version,
/// which the roll-up to the tier above follows (decision 0520).</summary>
public static class DailyCounts
{
    /// <summary>A case's fact, under the window (unit) that received it.</summary>
    public static Task AddAsync(SupervisionDbContext db, SupervisedCase c, DateOnly day, Tally t, CancellationToken ct) =>
        AddAsync(db, new CountKey(c.HandlingDivision, c.HandlingOrgUnitId, c.MatterCode, c.SubmittedAtOrgUnitId), day, t, ct);

    /// <summary>A department's task fact, on the department's own row of the case's unit and matter.</summary>
    public static Task AddStepAsync(SupervisionDbContext db, SupervisedCase c, string departmentId, DateOnly day, Tally t, CancellationToken ct) =>
        AddAsync(db, new CountKey(c.HandlingDivision, c.HandlingOrgUnitId, c.MatterCode, Department: departmentId), day, t, ct);

    public static Task AddAsync(SupervisionDbContext db, CountKey c, DateOnly day, Tally t, CancellationToken ct) =>
        db.Database.ExecuteSqlInterpolatedAsync($"""
            INSERT INTO supervision.daily_counts AS d ("Day", "HandlingDivision", "HandlingOrgUnitId", "MatterCode", "WindowId",
                "DepartmentId", "Received", "Completed", "OnTime", "Early", "Instant", "CompletedLate", "StoppedWorkingDays", "Yellow",
                "Red", "Ratings", "GradeSum", "Satisfied", "Online", "RectificationsClosed", "RectificationsOverdue", "Version")
            VALUES ({day}, {c.HandlingDivision}, {c.HandlingOrgUnitId}, {c.MatterCode}, {c.Window}, {c.Department}, {t.Received},
                {t.Completed}, {t.OnTime}, {t.Early}, {t.Instant}, {t.CompletedLate}, {t.StoppedWorkingDays}, {t.Yellow}, {t.Red},
                {t.Ratings}, {t.GradeSum}, {t.Satisfied}, {t.Online}, {t.RectificationsClosed}, {t.RectificationsOverdue}, 1)
            ON CONFLICT ("Day", "HandlingDivision", "HandlingOrgUnitId", "MatterCode", "WindowId", "DepartmentId") DO UPDATE SET
                "Received" = d."Received" + EXCLUDED."Received", "Completed" = d."Completed" + EXCLUDED."Completed",
                "OnTime" = d."OnTime" + EXCLUDED."OnTime", "Early" = d."Early" + EXCLUDED."Early",
                "Instant" = d."Instant" + EXCLUDED."Instant", "CompletedLate" = d."CompletedLate" + EXCLUDED."CompletedLate",
                "StoppedWorkingDays" = d."StoppedWorkingDays" + EXCLUDED."StoppedWorkingDays",
                "Yellow" = d."Yellow" + EXCLUDED."Yellow", "Red" = d."Red" + EXCLUDED."Red",
                "Ratings" = d."Ratings" + EXCLUDED."Ratings", "GradeSum" = d."GradeSum" + EXCLUDED."GradeSum",
                "Satisfied" = d."Satisfied" + EXCLUDED."Satisfied", "Online" = d."Online" + EXCLUDED."Online",
                "RectificationsClosed" = d."RectificationsClosed" + EXCLUDED."RectificationsClosed",
                "RectificationsOverdue" = d."RectificationsOverdue" + EXCLUDED."RectificationsOverdue",
                "Version" = d."Version" + 1
            """, ct);

    /// <summary>The case rows (a case's facts; department task rows excluded), which every figure but
    /// <c>by=department</c> sums.</summary>
    public static IQueryable<DailyCount> OfCases(this IQueryable<DailyCount> counts) => counts.Where(d => d.DepartmentId == "");

    /// <summary>A department's task rows.</summary>
    public static IQueryable<DailyCount> OfDepartments(this IQueryable<DailyCount> counts) => counts.Where(d => d.DepartmentId != "");
}

/// <summary>The row a fact is counted under: the handling unit's division, the unit and the matter ("" when unknown),
/// and either the window that received the case or the department whose task it is ("" otherwise).</summary>
public sealed record CountKey(string HandlingDivision, string HandlingOrgUnitId, string MatterCode, string Window = "", string Department = "");
