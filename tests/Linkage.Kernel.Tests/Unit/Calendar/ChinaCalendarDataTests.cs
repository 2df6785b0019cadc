using static Linkage.Kernel.Tests.Dates;

namespace Linkage.Kernel.Tests.Calendar;

/// <summary>The embedded data against the State Council notices 国办发明电〔2024〕12号 and 〔2025〕7号.</summary>
public sealed class ChinaCalendarDataTests
{
    private static readonly WorkingDayCalendar China = WorkingDayCalendar.China;

    [Theory]
    [InlineData("2025-01-01")]
    [InlineData("2025-01-28")]
    [InlineData("2025-02-04")]
    [InlineData("2025-04-04")]
    [InlineData("2025-05-05")]
    [InlineData("2025-06-02")]
    [InlineData("2025-10-08")]
    [InlineData("2026-01-02")]
    [InlineData("2026-02-16")]
    [InlineData("2026-02-23")]
    [InlineData("2026-04-06")]
    [InlineData("2026-05-04")]
    [InlineData("2026-06-19")]
    [InlineData("2026-09-25")]
    [InlineData("2026-10-07")]
    public void Weekdays_inside_a_break_are_holidays(string date)
    {
        Assert.NotEqual(DayOfWeek.Saturday, D(date).DayOfWeek);
        Assert.NotEqual(DayOfWeek.Sunday, D(date).DayOfWeek);
        Assert.False(China.IsWorkingDay(D(date)));
        Assert.True(China.IsHoliday(D(date)));
    }

    [Theory]
    [InlineData("2025-01-26")]
    [InlineData("2025-02-08")]
    [InlineData("2025-04-27")]
    [InlineData("2025-09-28")]
    [InlineData("2025-10-11")]
    [InlineData("2026-01-04")]
    [InlineData("2026-02-14")]
    [InlineData("2026-02-28")]
    [InlineData("2026-05-09")]
    [InlineData("2026-09-20")]
    [InlineData("2026-10-10")]
    public void Make_up_weekend_days_are_working_days(string date)
    {
        Assert.True(D(date).DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday);
        Assert.True(China.IsWorkingDay(D(date)));
        Assert.False(China.IsHoliday(D(date)));
    }

    [Theory]
    [InlineData("2026-11-23", true)]
    [InlineData("2026-11-27", true)]
    [InlineData("2026-11-28", false)]
    [InlineData("2026-11-29", false)]
    [InlineData("2026-02-15", false)]
    [InlineData("2025-02-09", false)]
    [InlineData("2025-12-31", true)]
    public void Ordinary_days_follow_the_week(string date, bool working)
    {
        Assert.Equal(working, China.IsWorkingDay(D(date)));
    }

    [Theory]
    [InlineData(2025)]
    [InlineData(2026)]
    public void Each_year_has_248_working_days(int year)
    {
        // 261 weekdays in both years; 2025: 18 fall in breaks, 5 make-up days; 2026: 19 and 6.
        Assert.Equal(248, China.WorkingDaysBetween(new DateOnly(year - 1, 12, 31), new DateOnly(year, 12, 31)));
    }

    [Fact]
    public void The_covered_years_name_their_notice()
    {
        Assert.Equal([2025, 2026, 2027], China.Years.Select(y => y.Year).Order());
        Assert.StartsWith("PROVISIONAL", China.Years.Single(y => y.Year == 2027).Notice);
        Assert.Contains("国办发明电〔2024〕12号", China.Years.Single(y => y.Year == 2025).Notice);
        Assert.Contains("国办发明电〔2025〕7号", China.Years.Single(y => y.Year == 2026).Notice);
    }
}
