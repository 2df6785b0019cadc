using Linkage.Kernel;

namespace Linkage.Supervision.Domain;

/// <summary>An open case is red once its due date has passed and yellow while at most
/// <see cref="WarnWorkingDays"/> working days remain (0 = due today) or, with <see cref="WarnFraction"/>, once that
/// share of its working days (stops excluded) is used. Thresholds are local: configured.</summary>
public sealed class DeadlineAlertPolicy(int warnWorkingDays, decimal? warnFraction = null)
{
    public int WarnWorkingDays { get; } = warnWorkingDays;

    public decimal? WarnFraction { get; } = warnFraction;

    /// <summary>Open cases due before this date are yellow or red: a bound for the query.</summary>
    public DateOnly Horizon(DateOnly today) => WorkingDayCalendar.China.AddWorkingDays(today, WarnWorkingDays + 1);

    public AlertLevel? LevelOn(DateOnly today, DateOnly dueDate) =>
        dueDate < today ? AlertLevel.Red
        : WorkingDayCalendar.China.WorkingDaysBetween(today, dueDate) <= WarnWorkingDays ? AlertLevel.Yellow
        : null;

    /// <summary>As <see cref="LevelOn"/>, plus the fraction-used warning on the case's net working days.</summary>
    public AlertLevel? LevelOf(CaseClock c, DateOnly today)
    {
        if (LevelOn(today, c.DueDate) is { } level) return level;
        if (WarnFraction is not { } fraction) return null;
        var net = c.NetWorkingDays(WorkingDayCalendar.China);
        var used = net - WorkingDayCalendar.China.WorkingDaysBetween(today, c.DueDate);
        return net > 0 && (decimal)used / net >= fraction ? AlertLevel.Yellow : null;
    }

    /// <summary>The first day after <paramref name="today"/> on which the case turns yellow (or red).</summary>
    /// <remarks>One walk over the days, counting the working days left down as it goes (<see cref="LevelOf"/> per day
    /// would count them afresh each day).</remarks>
    public DateOnly FirstWarningDay(CaseClock c, DateOnly today)
    {
        var calendar = WorkingDayCalendar.China;
        var net = WarnFraction is null ? 0 : c.NetWorkingDays(calendar);
        var left = calendar.WorkingDaysBetween(today, c.DueDate);
        var d = today.AddDays(1);
        for (; d <= c.DueDate; d = d.AddDays(1))
        {
            if (calendar.IsWorkingDay(d)) left--;
            if (left <= WarnWorkingDays || WarnFraction is { } f && net > 0 && (decimal)(net - left) / net >= f) break;
        }
        return d;
    }

    /// <summary>Yellow: working days left until the due date. Red: working days past it.</summary>
    public static int WorkingDays(DateOnly today, DateOnly dueDate, AlertLevel level) => level == AlertLevel.Red
        ? WorkingDayCalendar.China.WorkingDaysBetween(dueDate, today)
        : WorkingDayCalendar.China.WorkingDaysBetween(today, dueDate);
}
