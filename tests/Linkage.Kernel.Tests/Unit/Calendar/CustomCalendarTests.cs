using static Linkage.Kernel.Tests.Dates;

namespace Linkage.Kernel.Tests.Calendar;

public sealed class CustomCalendarTests
{
    private static CalendarYear Year2030(DateOnly[]? holidays = null, DateOnly[]? makeup = null) =>
        new(2030, holidays ?? [D("2030-01-01")], makeup ?? [D("2030-01-05")], "test data");

    [Fact]
    public void A_calendar_can_be_built_from_any_data()
    {
        var calendar = new WorkingDayCalendar([Year2030()]);
        Assert.True(calendar.Covers(2030));
        Assert.False(calendar.IsWorkingDay(D("2030-01-01"))); // Tuesday, holiday
        Assert.True(calendar.IsWorkingDay(D("2030-01-05"))); // Saturday, make-up
        Assert.False(calendar.IsWorkingDay(D("2030-01-06"))); // Sunday
        Assert.Equal(D("2030-01-02"), calendar.AddWorkingDays(D("2029-12-31"), 1));
    }

    [Fact]
    public void Json_in_the_embedded_format_loads()
    {
        var calendar = WorkingDayCalendar.FromJson("""
            { "2030": { "notice": "某省通知", "holidays": ["2030-01-01"], "makeupWorkdays": ["2030-01-05"] },
              "2031": { "holidays": [] } }
            """);
        Assert.False(calendar.IsWorkingDay(D("2030-01-01")));
        Assert.True(calendar.IsWorkingDay(D("2030-01-05")));
        Assert.True(calendar.IsWorkingDay(D("2031-01-01")));
        Assert.Equal("某省通知", calendar.Years.Single(y => y.Year == 2030).Notice);
    }

    [Theory]
    [InlineData("""{ "twenty": { "holidays": [] } }""")]
    [InlineData("""{ "2030": { "holidays": ["2031-01-01"] } }""")]
    [InlineData("""{ "2030": { "holidays": ["2030-13-01"] } }""")]
    [InlineData("null")]
    public void Malformed_json_is_refused(string json)
    {
        var e = Record.Exception(() => WorkingDayCalendar.FromJson(json));
        Assert.True(e is FormatException or ArgumentException or System.Text.Json.JsonException, e?.GetType().Name ?? "no exception");
    }

    [Fact]
    public void Inconsistent_data_is_refused()
    {
        Assert.Throws<ArgumentException>(() => new WorkingDayCalendar([Year2030(holidays: [D("2031-01-01")])]));
        Assert.Throws<ArgumentException>(() => new WorkingDayCalendar([Year2030(makeup: [D("2030-01-07")])])); // a Monday
        Assert.Throws<ArgumentException>(() => new WorkingDayCalendar([Year2030(holidays: [D("2030-01-05")])]));
        Assert.Throws<ArgumentException>(() => new WorkingDayCalendar([Year2030(), Year2030()]));
    }

    [Fact]
    public void With_adds_a_year_to_a_copy()
    {
        var extended = WorkingDayCalendar.China.With(Year2030());
        Assert.True(extended.Covers(2030));
        Assert.True(extended.Covers(2026));
        Assert.False(WorkingDayCalendar.China.Covers(2030));
        var replaced = extended.With(Year2030(holidays: [], makeup: []));
        Assert.True(replaced.IsWorkingDay(D("2030-01-01")));
    }
}
