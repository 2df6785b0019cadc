using Linkage.Supervision.Domain;

namespace Linkage.Supervision.Tests;

/// <summary>The alert and lateness rules on the working-day calendar, at fixed dates around the 2025 National Day
/// holiday (Oct 1–8 off; Sun Sep 28 and Sat Oct 11 worked).</summary>
public sealed class DeadlineRuleTests
{
    private static readonly DateOnly LastDayBeforeHoliday = new(2025, 9, 30);
    private static readonly DateOnly FirstDayAfterHoliday = new(2025, 10, 9);

    [Fact]
    public void A_case_due_the_first_day_after_the_holiday_is_yellow_on_the_last_day_before_it()
    {
        var rule = new DeadlineAlertPolicy(1);
        Assert.Equal(AlertLevel.Yellow, rule.LevelOn(LastDayBeforeHoliday, FirstDayAfterHoliday)); // nine days off, one working day
        Assert.Equal(AlertLevel.Yellow, rule.LevelOn(FirstDayAfterHoliday, FirstDayAfterHoliday)); // due today
    }

    [Fact]
    public void Two_working_days_ahead_is_not_yet_a_warning_with_the_default_threshold_but_is_with_two()
    {
        var due = new DateOnly(2025, 10, 10);
        Assert.Null(new DeadlineAlertPolicy(1).LevelOn(LastDayBeforeHoliday, due));
        Assert.Equal(AlertLevel.Yellow, new DeadlineAlertPolicy(2).LevelOn(LastDayBeforeHoliday, due));
    }

    [Fact]
    public void The_day_after_the_due_date_is_red_even_on_a_holiday()
    {
        Assert.Equal(AlertLevel.Red, new DeadlineAlertPolicy(1).LevelOn(new DateOnly(2025, 10, 1), LastDayBeforeHoliday));
    }

    [Fact]
    public void The_query_horizon_covers_exactly_the_yellow_days()
    {
        var rule = new DeadlineAlertPolicy(1);
        var horizon = rule.Horizon(LastDayBeforeHoliday);
        Assert.Equal(new DateOnly(2025, 10, 10), horizon);
        Assert.NotNull(rule.LevelOn(LastDayBeforeHoliday, horizon.AddDays(-1)));
        Assert.Null(rule.LevelOn(LastDayBeforeHoliday, horizon));
    }

    [Fact]
    public void With_a_fraction_a_case_turns_yellow_once_that_share_of_its_net_working_days_is_used()
    {
        var accepted = new DateOnly(2025, 9, 1);
        var due = new DateOnly(2025, 9, 15); // ten working days
        var c = SupervisedCase.Watch(new CaseFacts(Guid.NewGuid(), "n", "m", "ou", "350926000000", "ou", "350926000000", accepted, due)).ClockFacts();
        var rule = new DeadlineAlertPolicy(1, 0.8m);

        Assert.Null(rule.LevelOf(c, new DateOnly(2025, 9, 10)));                               // 7 of 10 used
        Assert.Equal(AlertLevel.Yellow, rule.LevelOf(c, new DateOnly(2025, 9, 11)));           // 8 of 10
        Assert.Equal(new DateOnly(2025, 9, 11), rule.FirstWarningDay(c, new DateOnly(2025, 9, 2)));
        Assert.Equal(new DateOnly(2025, 9, 12), new DeadlineAlertPolicy(1).FirstWarningDay(c, new DateOnly(2025, 9, 2))); // one day left
    }

    [Theory]
    [InlineData(1, null)]
    [InlineData(3, null)]
    [InlineData(1, 0.5)]
    [InlineData(0, 0.9)]
    public void The_first_warning_day_is_the_first_day_the_rule_warns_when_judged_day_by_day(int days, double? fraction)
    {
        var due = new DateOnly(2025, 10, 20); // across the National Day holiday
        var c = SupervisedCase.Watch(new CaseFacts(Guid.NewGuid(), "n", "m", "ou", "350926000000", "ou", "350926000000", new DateOnly(2025, 9, 15), due)).ClockFacts();
        var rule = new DeadlineAlertPolicy(days, (decimal?)fraction);
        for (var today = new DateOnly(2025, 9, 15); today < due; today = today.AddDays(1))
        {
            if (rule.LevelOf(c, today) is not null) continue;
            var expected = today.AddDays(1);
            while (expected <= due && rule.LevelOf(c, expected) is null) expected = expected.AddDays(1);
            Assert.Equal(expected, rule.FirstWarningDay(c, today));
        }
    }

    [Theory]
    [InlineData("2025-09-30", null)]
    [InlineData("2025-10-03", 1)]  // done on a holiday after the due date: counted as done on Oct 9
    [InlineData("2025-10-09", 1)]
    [InlineData("2025-10-11", 3)]  // Sat Oct 11 is a make-up working day
    public void Lateness_is_counted_in_working_days(string completedOn, int? expected)
    {
        Assert.Equal(expected, OverdueWorkingDaysPolicy.For(DateOnly.Parse(completedOn), LastDayBeforeHoliday));
    }
}
