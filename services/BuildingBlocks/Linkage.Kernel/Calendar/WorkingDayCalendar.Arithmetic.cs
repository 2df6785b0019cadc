namespace Linkage.Kernel;

public sealed partial class WorkingDayCalendar
{
    /// <summary>The first working day strictly after <paramref name="date"/>.</summary>
    public DateOnly NextWorkingDay(DateOnly date)
    {
        var d = date.AddDays(1);
        while (!IsWorkingDay(d)) d = d.AddDays(1);
        return d;
    }

    /// <summary>The last working day strictly before <paramref name="date"/>.</summary>
    public DateOnly PreviousWorkingDay(DateOnly date)
    {
        var d = date.AddDays(-1);
        while (!IsWorkingDay(d)) d = d.AddDays(-1);
        return d;
    }

    /// <summary>The date <paramref name="days"/> working days after <paramref name="start"/>; the start day itself
    /// is not counted (受理当日不计入), so Monday + 1 = Tuesday. With 0: the start if it is a working day, else the
    /// next working day.</summary>
    public DateOnly AddWorkingDays(DateOnly start, int days)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        if (days == 0) return IsWorkingDay(start) ? start : NextWorkingDay(start);
        var d = start;
        for (var i = 0; i < days; i++) d = NextWorkingDay(d);
        return d;
    }

    /// <summary>Working days in (<paramref name="fromExclusive"/>, <paramref name="toInclusive"/>]; negative
    /// (the same count, negated) when the dates are the other way round.</summary>
    public int WorkingDaysBetween(DateOnly fromExclusive, DateOnly toInclusive)
    {
        if (toInclusive < fromExclusive) return -WorkingDaysBetween(toInclusive, fromExclusive);
        var count = 0;
        for (var d = fromExclusive.AddDays(1); d <= toInclusive; d = d.AddDays(1))
            if (IsWorkingDay(d)) count++;
        return count;
    }
}
