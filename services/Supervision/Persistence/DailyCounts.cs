using Linkage.Messaging;
using Linkage.Supervision.Domain;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Supervision.Persistence;

/// <summary>A fact's tally for its day's counter row. The tally is queued in the unit of work and appended as a delta
/// row (<see cref="CountDelta"/>) in the batch that saves it (<see cref="SupervisionDbContext"/>), inside the caller's
/// transaction (the inbox's or the sweep's) or an inbox batch's implicit one, so a fact counts exactly when it is
/// recorded. Every case of a unit and matter on one day shares the day row, so no fact writes it: <see cref="CountFold"/>
/// adds the deltas to it, once for many facts, and every reader folds first (decision 0561). Each fold bumps the row's
/// version, which the roll-up to the tier above follows (0520).</summary>
public static class DailyCounts
{
    /// <summary>A case's fact, under the hall window it was accepted at, else the unit that received it (0521, 0527).</summary>
    public static void Add(SupervisionDbContext db, SupervisedCase c, DateOnly day, Tally t) =>
        Add(db, new CountKey(c.HandlingDivision, c.HandlingOrgUnitId, c.MatterCode, c.CountedWindow), day, t);

    /// <summary>A department's task fact, on the department's own row of the case's unit and matter (0521).</summary>
    public static void AddStep(SupervisionDbContext db, SupervisedCase c, string departmentId, DateOnly day, Tally t) =>
        Add(db, new CountKey(c.HandlingDivision, c.HandlingOrgUnitId, c.MatterCode, Department: departmentId), day, t);

    public static void Add(SupervisionDbContext db, CountKey c, DateOnly day, Tally t)
    {
        var queued = db.Tracked<DailyCount>(d => d.Day == day && d.HandlingDivision == c.HandlingDivision
            && d.HandlingOrgUnitId == c.HandlingOrgUnitId && d.MatterCode == c.MatterCode && d.WindowId == c.Window && d.DepartmentId == c.Department);
        if (queued is null) db.DailyCounts.Add(DailyCount.Of(day, c.HandlingDivision, c.HandlingOrgUnitId, c.MatterCode, c.Window, c.Department, t));
        else queued.Add(t);
    }

    /// <summary>The key and figure columns a delta and a day row share.</summary>
    internal static readonly string[] Key = ["Day", "HandlingDivision", "HandlingOrgUnitId", "MatterCode", "WindowId", "DepartmentId"];

    internal static readonly string[] Figures = ["Received", "Completed", "OnTime", "Early", "Instant", "CompletedLate",
        "StoppedWorkingDays", "Yellow", "Red", "Ratings", "GradeSum", "Satisfied", "Online", "RectificationsClosed", "RectificationsOverdue",
        "OnSite", "Accepted"];

    /// <summary>The case rows (a case's facts; department task rows excluded), which every figure but
    /// <c>by=department</c> sums.</summary>
    public static IQueryable<DailyCount> OfCases(this IQueryable<DailyCount> counts) => counts.Where(d => d.DepartmentId == "");

    /// <summary>A department's task rows.</summary>
    public static IQueryable<DailyCount> OfDepartments(this IQueryable<DailyCount> counts) => counts.Where(d => d.DepartmentId != "");
}

/// <summary>The row a fact is counted under: the handling unit's division, the unit and the matter ("" when unknown),
/// and either the window that received the case or the department whose task it is ("" otherwise).</summary>
public sealed record CountKey(string HandlingDivision, string HandlingOrgUnitId, string MatterCode, string Window = "", string Department = "");
