using static Linkage.Kernel.Tests.Dates;

namespace Linkage.Kernel.Tests.Calendar;

public sealed class WorkingDaysBetweenTests
{
    private static readonly WorkingDayCalendar China = WorkingDayCalendar.China;

    [Theory]
    [InlineData("2026-11-23", "2026-11-23", 0)]
    [InlineData("2026-11-23", "2026-11-27", 4)] // Monday exclusive to Friday inclusive
    [InlineData("2026-11-20", "2026-11-23", 1)]
    [InlineData("2026-11-21", "2026-11-22", 0)]
    [InlineData("2026-02-13", "2026-02-24", 2)] // Feb 14 (make-up) and Feb 24
    [InlineData("2026-09-30", "2026-10-10", 3)] // Oct 8, Oct 9 and make-up Saturday Oct 10
    [InlineData("2026-11-27", "2026-11-23", -4)]
    public void Counts_working_days_in_a_half_open_range(string from, string to, int expected)
    {
        Assert.Equal(expected, China.WorkingDaysBetween(D(from), D(to)));
    }

    [Theory]
    [InlineData("2026-02-14", "2026-02-24", "2026-02-13")]
    [InlineData("2026-11-20", "2026-11-23", "2026-11-19")]
    [InlineData("2026-10-01", "2026-10-08", "2026-09-30")]
    [InlineData("2026-09-19", "2026-09-20", "2026-09-18")]
    public void Next_and_previous_working_days_skip_rest_days(string date, string next, string previous)
    {
        Assert.Equal(D(next), China.NextWorkingDay(D(date)));
        Assert.Equal(D(previous), China.PreviousWorkingDay(D(date)));
    }
}
