using static Linkage.Kernel.Tests.Dates;

namespace Linkage.Kernel.Tests.Calendar;

public sealed class CoverageTests
{
    private static readonly WorkingDayCalendar China = WorkingDayCalendar.China;

    [Theory]
    [InlineData(2024, false)]
    [InlineData(2025, true)]
    [InlineData(2026, true)]
    [InlineData(2027, true)]
    [InlineData(2028, false)]
    public void Covers_the_announced_years_and_the_provisional_next_one(int year, bool covered)
    {
        Assert.Equal(covered, China.Covers(year));
    }

    [Fact]
    public void A_day_in_a_year_not_announced_throws_rather_than_guessing()
    {
        var e = Assert.Throws<CalendarNotAnnouncedException>(() => China.IsWorkingDay(D("2028-03-01")));
        Assert.Equal(2028, e.Year);
        Assert.Contains("2028", e.Message);
        Assert.Throws<CalendarNotAnnouncedException>(() => China.IsWorkingDay(D("2024-12-31")));
    }

    [Fact]
    public void Arithmetic_that_reaches_an_unannounced_year_throws()
    {
        Assert.Equal(D("2027-12-31"), China.AddWorkingDays(D("2027-12-30"), 1));
        Assert.Equal(2028, Assert.Throws<CalendarNotAnnouncedException>(() => China.AddWorkingDays(D("2027-12-31"), 1)).Year);
        Assert.Throws<CalendarNotAnnouncedException>(() => China.NextWorkingDay(D("2027-12-31")));
        Assert.Throws<CalendarNotAnnouncedException>(() => China.WorkingDaysBetween(D("2027-12-01"), D("2028-01-05")));
        Assert.Throws<CalendarNotAnnouncedException>(() => China.PreviousWorkingDay(D("2025-01-02")));
    }

    [Fact]
    public void The_start_day_is_not_looked_up_when_it_is_not_counted()
    {
        Assert.Equal(D("2025-01-02"), China.AddWorkingDays(D("2024-12-31"), 1));
        Assert.Equal(1, China.WorkingDaysBetween(D("2024-12-31"), D("2025-01-02")));
    }
}
