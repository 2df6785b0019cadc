namespace Linkage.Supervision.Domain;

/// <summary>The pre-aggregated figures of one day for one handling unit and matter, added to as facts arrive, so a
/// query over a year and a province sums counters instead of scanning cases.</summary>
public sealed class DailyCount
{
    private DailyCount() { }

    /// <summary>A tally waiting in the unit of work to be added to its day's row.</summary>
    public static DailyCount Of(DateOnly day, string division, string orgUnitId, string matterCode, Tally t)
    {
        var d = new DailyCount { Day = day, HandlingDivision = division, HandlingOrgUnitId = orgUnitId, MatterCode = matterCode };
        d.Add(t);
        return d;
    }

    public void Add(Tally t)
    {
        Received += t.Received; Completed += t.Completed; OnTime += t.OnTime; Early += t.Early; Instant += t.Instant;
        CompletedLate += t.CompletedLate; StoppedWorkingDays += t.StoppedWorkingDays; Yellow += t.Yellow; Red += t.Red;
        Ratings += t.Ratings; GradeSum += t.GradeSum; Satisfied += t.Satisfied; Online += t.Online;
        RectificationsClosed += t.RectificationsClosed; RectificationsOverdue += t.RectificationsOverdue;
    }

    public DateOnly Day { get; private set; }
    public string HandlingDivision { get; private set; } = "";
    public string HandlingOrgUnitId { get; private set; } = "";
    public string MatterCode { get; private set; } = "";
    public int Received { get; private set; }
    public int Completed { get; private set; }
    public int OnTime { get; private set; }
    public int Early { get; private set; }
    public int Instant { get; private set; }
    public int CompletedLate { get; private set; }
    public int StoppedWorkingDays { get; private set; }
    public int Yellow { get; private set; }
    public int Red { get; private set; }
    public int Ratings { get; private set; }
    public int GradeSum { get; private set; }
    public int Satisfied { get; private set; }
    public int Online { get; private set; }                // completed online (网办): the assessment's online depth
    public int RectificationsClosed { get; private set; }  // 差评整改 closed that day
    public int RectificationsOverdue { get; private set; } // 差评整改 overdue that day
}

/// <summary>What one fact adds to a day's counters.</summary>
public sealed record Tally(
    int Received = 0, int Completed = 0, int OnTime = 0, int Early = 0, int Instant = 0, int CompletedLate = 0,
    int StoppedWorkingDays = 0, int Yellow = 0, int Red = 0, int Ratings = 0, int GradeSum = 0, int Satisfied = 0,
    int Online = 0, int RectificationsClosed = 0, int RectificationsOverdue = 0)
{
    public const string OnlineChannel = "online";

    public static Tally Completion(SupervisedCase c, string? channel = null) => new(Completed: 1, OnTime: c.OnTime == true ? 1 : 0,
        Early: c.Early == true ? 1 : 0, Instant: c.Instant ? 1 : 0, CompletedLate: c.OnTime == false ? 1 : 0,
        Online: channel == OnlineChannel ? 1 : 0);

    public static Tally Card(AlertLevel level) => level == AlertLevel.Red ? new(Red: 1) : new(Yellow: 1);

    /// <summary>满意: grade 4 or 5 of 5.</summary>
    public static Tally Rating(int grade) => new(Ratings: 1, GradeSum: grade, Satisfied: grade >= 4 ? 1 : 0);
}
