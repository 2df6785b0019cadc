namespace Linkage.Supervision.Domain;

/// <summary>The key and the figures a day's counter row (<see cref="DailyCount"/>) and a tally waiting to be folded into
/// it (a delta row) share.</summary>
public abstract class DayFigures
{
    public DateOnly Day { get; protected set; }
    public string HandlingDivision { get; protected set; } = "";
    public string HandlingOrgUnitId { get; protected set; } = "";
    public string MatterCode { get; protected set; } = "";
    public string WindowId { get; protected set; } = "";      // 受理窗口: the unit that received the case
    public string DepartmentId { get; protected set; } = "";  // 审查部门: set on a department's task rows only
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
    public int OnSite { get; private set; }                // 现场办结: completed that day at the window, the day received (0586)
    public int Accepted { get; private set; }              // 受理: accepted that day (Received is 收件, accepted or not, 0509)

    public void Add(Tally t)
    {
        Received += t.Received; Completed += t.Completed; OnTime += t.OnTime; Early += t.Early; Instant += t.Instant;
        CompletedLate += t.CompletedLate; StoppedWorkingDays += t.StoppedWorkingDays; Yellow += t.Yellow; Red += t.Red;
        Ratings += t.Ratings; GradeSum += t.GradeSum; Satisfied += t.Satisfied; Online += t.Online;
        RectificationsClosed += t.RectificationsClosed; RectificationsOverdue += t.RectificationsOverdue; OnSite += t.OnSite;
        Accepted += t.Accepted;
    }

    public Tally Figures() => new(Received, Completed, OnTime, Early, Instant, CompletedLate, StoppedWorkingDays, Yellow, Red,
        Ratings, GradeSum, Satisfied, Online, RectificationsClosed, RectificationsOverdue, OnSite, Accepted);
}
