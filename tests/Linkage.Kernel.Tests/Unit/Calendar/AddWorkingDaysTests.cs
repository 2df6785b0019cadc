using static Linkage.Kernel.Tests.Dates;

namespace Linkage.Kernel.Tests.Calendar;

public sealed class AddWorkingDaysTests
{
    private static readonly WorkingDayCalendar China = WorkingDayCalendar.China;

    [Theory]
    [InlineData("2026-11-23", 1, "2026-11-24")] // Monday + 1: the acceptance day is not counted
    [InlineData("2026-11-20", 1, "2026-11-23")] // Friday + 1 skips the weekend
    [InlineData("2026-11-28", 1, "2026-11-30")] // from a Saturday
    [InlineData("2026-02-13", 1, "2026-02-14")] // make-up Saturday before Spring Festival 2026
    [InlineData("2026-02-14", 1, "2026-02-24")] // across the whole break (Feb 15–23)
    [InlineData("2026-02-12", 3, "2026-02-24")]
    [InlineData("2026-02-27", 1, "2026-02-28")] // make-up Saturday after it
    [InlineData("2026-02-28", 1, "2026-03-02")]
    [InlineData("2026-02-02", 20, "2026-03-06")] // 4+5 weekdays, Feb 14, 4 weekdays, Feb 28, 5 weekdays
    [InlineData("2026-09-18", 1, "2026-09-20")] // make-up Sunday before National Day
    [InlineData("2026-09-30", 1, "2026-10-08")]
    [InlineData("2026-10-09", 1, "2026-10-10")]
    [InlineData("2025-01-24", 1, "2025-01-26")]
    [InlineData("2025-01-27", 1, "2025-02-05")]
    [InlineData("2025-02-07", 1, "2025-02-08")]
    [InlineData("2025-12-31", 1, "2026-01-04")] // across the year end: Jan 1–3 off, Sunday Jan 4 worked
    public void Counts_working_days_after_the_start(string start, int days, string expected)
    {
        Assert.Equal(D(expected), China.AddWorkingDays(D(start), days));
    }

    [Theory]
    [InlineData("2026-11-23", "2026-11-23")]
    [InlineData("2026-11-28", "2026-11-30")]
    [InlineData("2026-10-01", "2026-10-08")]
    [InlineData("2026-10-10", "2026-10-10")]
    public void Zero_days_is_the_start_or_the_next_working_day(string start, string expected)
    {
        Assert.Equal(D(expected), China.AddWorkingDays(D(start), 0));
    }

    [Fact]
    public void Result_is_always_a_working_day_the_given_number_of_working_days_later()
    {
        for (var start = D("2025-01-01"); start < D("2026-11-01"); start = start.AddDays(3))
            foreach (var days in new[] { 1, 5, 20, 45 })
            {
                var due = China.AddWorkingDays(start, days);
                Assert.True(China.IsWorkingDay(due));
                Assert.Equal(days, China.WorkingDaysBetween(start, due));
                Assert.Equal(days - 1, China.WorkingDaysBetween(start, due.AddDays(-1)));
            }
    }

    [Fact]
    public void Negative_days_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => China.AddWorkingDays(D("2026-11-23"), -1));
    }
}
