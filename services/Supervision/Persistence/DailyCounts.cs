using Linkage.Supervision.Domain;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Supervision.Persistence;

/// <summary>A fact's tally for its day's counter row. The tally is queued in the unit of work and folded into the row
/// with one upsert per row as the last statements before commit (<see cref="SupervisionDbContext"/>), inside the
/// caller's transaction (the inbox's or the sweep's), so a fact counts exactly when it is recorded. Every case of a
/// unit and matter on one day shares the row: written last, its lock is held for the commit only, not for the whole
/// handler (decision 0560). Each upsert bumps the row's version, which the roll-up to the tier above follows (0520).</summary>
public static class DailyCounts
{
    /// <summary>A case's fact, under the window (unit) that received it (0521).</summary>
    public static void Add(SupervisionDbContext db, SupervisedCase c, DateOnly day, Tally t) =>
        Add(db, new CountKey(c.HandlingDivision, c.HandlingOrgUnitId, c.MatterCode, c.SubmittedAtOrgUnitId), day, t);

    /// <summary>A department's task fact, on the department's own row of the case's unit and matter (0521).</summary>
    public static void AddStep(SupervisionDbContext db, SupervisedCase c, string departmentId, DateOnly day, Tally t) =>
        Add(db, new CountKey(c.HandlingDivision, c.HandlingOrgUnitId, c.MatterCode, Department: departmentId), day, t);

    public static void Add(SupervisionDbContext db, CountKey c, DateOnly day, Tally t)
    {
        var queued = db.DailyCounts.Local.FirstOrDefault(d => d.Day == day && d.HandlingDivision == c.HandlingDivision
            && d.HandlingOrgUnitId == c.HandlingOrgUnitId && d.MatterCode == c.MatterCode && d.WindowId == c.Window && d.DepartmentId == c.Department);
        if (queued is null) db.DailyCounts.Add(DailyCount.Of(day, c.HandlingDivision, c.HandlingOrgUnitId, c.MatterCode, c.Window, c.Department, t));
        else queued.Add(t);
    }

    /// <summary>Folds queued tallies into their rows, in key order so two transactions never wait on each other's rows.</summary>
    internal static async Task UpsertAsync(SupervisionDbContext db, IEnumerable<DailyCount> queued, CancellationToken ct)
    {
        foreach (var d in queued.OrderBy(d => d.Day).ThenBy(d => d.HandlingDivision, StringComparer.Ordinal)
                     .ThenBy(d => d.HandlingOrgUnitId, StringComparer.Ordinal).ThenBy(d => d.MatterCode, StringComparer.Ordinal)
                     .ThenBy(d => d.WindowId, StringComparer.Ordinal).ThenBy(d => d.DepartmentId, StringComparer.Ordinal))
            await UpsertAsync(db, d, ct);
    }

    private static Task UpsertAsync(SupervisionDbContext db, DailyCount d, CancellationToken ct) =>
        db.Database.ExecuteSqlInterpolatedAsync($"""
            INSERT INTO supervision.daily_counts AS d ("Day", "HandlingDivision", "HandlingOrgUnitId", "MatterCode", "WindowId",
                "DepartmentId", "Received", "Completed", "OnTime", "Early", "Instant", "CompletedLate", "StoppedWorkingDays", "Yellow",
                "Red", "Ratings", "GradeSum", "Satisfied", "Online", "RectificationsClosed", "RectificationsOverdue", "Version")
            VALUES ({d.Day}, {d.HandlingDivision}, {d.HandlingOrgUnitId}, {d.MatterCode}, {d.WindowId}, {d.DepartmentId}, {d.Received},
                {d.Completed}, {d.OnTime}, {d.Early}, {d.Instant}, {d.CompletedLate}, {d.StoppedWorkingDays}, {d.Yellow}, {d.Red},
                {d.Ratings}, {d.GradeSum}, {d.Satisfied}, {d.Online}, {d.RectificationsClosed}, {d.RectificationsOverdue}, 1)
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
