using static Linkage.Kernel.Tests.Dates;

namespace Linkage.Kernel.Tests.Calendar;

public sealed class HandlingTimeLimitTests
{
    private static readonly WorkingDayCalendar China = WorkingDayCalendar.China;

    [Theory]
    [InlineData(20, TimeLimitUnit.WorkingDays, "2026-02-02", "2026-03-06")]
    [InlineData(1, TimeLimitUnit.WorkingDays, "2026-09-30", "2026-10-08")]
    [InlineData(10, TimeLimitUnit.CalendarDays, "2026-11-02", "2026-11-12")]
    [InlineData(5, TimeLimitUnit.CalendarDays, "2026-11-02", "2026-11-09")] // Saturday Nov 7 → Monday
    [InlineData(5, TimeLimitUnit.CalendarDays, "2026-09-26", "2026-10-08")] // Oct 1 holiday → end of the break
    [InlineData(5, TimeLimitUnit.CalendarDays, "2026-10-05", "2026-10-10")] // a make-up Saturday is a working day
    public void Due_dates_count_from_the_day_after_the_start(int amount, TimeLimitUnit unit, string start, string due)
    {
        Assert.Equal(D(due), new HandlingTimeLimit(amount, unit).DueFrom(D(start), China));
    }

    [Fact]
    public void Invalid_limits_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new HandlingTimeLimit(-1, TimeLimitUnit.WorkingDays));
        Assert.Throws<ArgumentOutOfRangeException>(() => new HandlingTimeLimit(1, (TimeLimitUnit)7));
    }

    [Fact]
    public void Limits_are_values()
    {
        Assert.Equal(new HandlingTimeLimit(20, TimeLimitUnit.WorkingDays), new HandlingTimeLimit(20, TimeLimitUnit.WorkingDays));
        Assert.NotEqual(new HandlingTimeLimit(20, TimeLimitUnit.WorkingDays), new HandlingTimeLimit(20, TimeLimitUnit.CalendarDays));
        Assert.Equal("20 working days", new HandlingTimeLimit(20, TimeLimitUnit.WorkingDays).ToString());
    }
}
