using Linkage.Kernel;

namespace Linkage.Supervision.Domain;

/// <summary>An open case is red once its due date has passed and yellow while at most
/// <see cref="WarnWorkingDays"/> working days remain (0 = due today). Thresholds are local: configured.</summary>
public sealed class DeadlineAlertRule(int warnWorkingDays)
{
    public int WarnWorkingDays { get; } = warnWorkingDays;

    /// <summary>Open cases due before this date are yellow or red: a bound for the query.</summary>
    public DateOnly Horizon(DateOnly today) => WorkingDayCalendar.China.AddWorkingDays(today, WarnWorkingDays + 1);

    public AlertLevel? LevelOn(DateOnly today, DateOnly dueDate) =>
        dueDate < today ? AlertLevel.Red
        : WorkingDayCalendar.China.WorkingDaysBetween(today, dueDate) <= WarnWorkingDays ? AlertLevel.Yellow
        : null;

    /// <summary>Yellow: working days left until the due date. Red: working days past it.</summary>
    public static int WorkingDays(DateOnly today, DateOnly dueDate, AlertLevel level) => level == AlertLevel.Red
        ? WorkingDayCalendar.China.WorkingDaysBetween(dueDate, today)
        : WorkingDayCalendar.China.WorkingDaysBetween(today, dueDate);
}
