using static Linkage.Kernel.Tests.Dates;

namespace Linkage.Kernel.Tests.Calendar;

/// <summary>2027 has no notice yet: its statutory days (全国年节及纪念日放假办法) stand in, marked provisional,
/// so a deadline running past New Year is still computed.</summary>
public sealed class ProvisionalYearTests
{
    private static readonly WorkingDayCalendar China = WorkingDayCalendar.China;

    [Fact]
    public void Only_the_unannounced_year_is_provisional()
    {
        Assert.True(China.IsProvisional(2027));
        Assert.False(China.IsProvisional(2026));
        Assert.False(China.IsProvisional(2028));
    }

    [Fact]
    public void A_deadline_crosses_new_year_on_the_statutory_days()
    {
        // Thu 2026-12-31 + 1: Fri 2027-01-01 is 元旦, then the weekend, so Monday 2027-01-04.
        Assert.Equal(D("2027-01-04"), China.AddWorkingDays(D("2026-12-31"), 1));
    }

    [Fact]
    public void Spring_festival_2027_eve_to_the_third_day_is_off()
    {
        // 除夕 Fri 2027-02-05 … 初三 Mon 2027-02-08 are the four statutory days.
        Assert.False(China.IsWorkingDay(D("2027-02-05")));
        Assert.False(China.IsWorkingDay(D("2027-02-08")));
        Assert.True(China.IsWorkingDay(D("2027-02-09")));
        Assert.Equal(13, China.Years.Single(y => y.Year == 2027).Holidays.Count);
    }
}
