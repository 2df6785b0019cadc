using Linkage.Contracts.Events.Ratings;

namespace Linkage.Supervision.Domain;

/// <summary>The pre-aggregated figures of one day for one handling unit and matter, added to as facts arrive, so a
/// query over a year and a province sums counters instead of scanning cases. A case's facts are counted under the
/// window that received it (<see cref="WindowId"/>, <see cref="DepartmentId"/> ""); a department's task facts on rows
/// of their own (<see cref="DepartmentId"/> set, <see cref="WindowId"/> "") — never both, see decision 0521.
/// <see cref="Version"/> counts the row's changes; rows of a child deployment arrive whole over the federation bus
/// (<see cref="RolledUpFrom"/>, decision 0520).</summary>
public sealed class DailyCount : DayFigures
{
    private DailyCount() { }

    /// <summary>A tally waiting in the unit of work to be added to its day's row.</summary>
    public static DailyCount Of(DateOnly day, string division, string orgUnitId, string matterCode, string windowId, string departmentId, Tally t)
    {
        var d = new DailyCount
        {
            Day = day, HandlingDivision = division, HandlingOrgUnitId = orgUnitId, MatterCode = matterCode, WindowId = windowId,
            DepartmentId = departmentId,
        };
        d.Add(t);
        return d;
    }

    public long Version { get; private set; }
    public long PublishedVersion { get; private set; }     // the version last rolled up to the tier above
    public string RolledUpFrom { get; private set; } = "";  // the child deployment's app id; "" for this deployment's own facts

    /// <summary>Sent to the tier above as it stands.</summary>
    public void MarkPublished() => PublishedVersion = Version;
}

/// <summary>What one fact adds to a day's counters.</summary>
public sealed record Tally(
    int Received = 0, int Completed = 0, int OnTime = 0, int Early = 0, int Instant = 0, int CompletedLate = 0,
    int StoppedWorkingDays = 0, int Yellow = 0, int Red = 0, int Ratings = 0, int GradeSum = 0, int Satisfied = 0,
    int Online = 0, int RectificationsClosed = 0, int RectificationsOverdue = 0, int OnSite = 0, int Accepted = 0)
{
    public const string OnlineChannel = "online";

    public static Tally Completion(SupervisedCase c) => new(Completed: 1, OnTime: c.OnTime == true ? 1 : 0,
        Early: c.Early == true ? 1 : 0, Instant: c.Instant ? 1 : 0, CompletedLate: c.OnTime == false ? 1 : 0,
        Online: c.Channel == OnlineChannel ? 1 : 0, OnSite: c.OnSite ? 1 : 0);

    /// <summary>收件: an application taken, whatever became of it (decision 0509).</summary>
    public static readonly Tally Receipt = new(Received: 1);

    /// <summary>受理: a case accepted, on the day counted as accepted (decision 0509).</summary>
    public static readonly Tally Acceptance = new(Accepted: 1);

    /// <summary>A department's task opened: received and taken on by the department (decisions 0521, 0509).</summary>
    public static readonly Tally TaskOpened = new(Received: 1, Accepted: 1);

    public static Tally Card(AlertLevel level) => level == AlertLevel.Red ? new(Red: 1) : new(Yellow: 1);

    /// <summary>A department's task decided (部门审查环节办结), judged against the step's deadline as a case is against its due date.</summary>
    public static Tally Step(DateOnly decidedOn, DateOnly deadline)
    {
        var onTime = CompletedOnTimePolicy.Holds(decidedOn, deadline);
        return new(Completed: 1, OnTime: onTime ? 1 : 0, Early: CompletedEarlyPolicy.Holds(decidedOn, deadline) ? 1 : 0, CompletedLate: onTime ? 0 : 1);
    }

    /// <summary>满意 as Ratings publishes it (<see cref="RatingGrades"/>: 基本满意 3 or better).</summary>
    public static Tally Rating(int grade) => new(Ratings: 1, GradeSum: grade, Satisfied: RatingGrades.IsSatisfied(grade) ? 1 : 0);

    /// <summary>A rating taken out of the figures (an upheld appeal): <see cref="Rating"/> with negative counts.</summary>
    public static Tally Withdrawn(int grade) => new(Ratings: -1, GradeSum: -grade, Satisfied: RatingGrades.IsSatisfied(grade) ? -1 : 0);
}
