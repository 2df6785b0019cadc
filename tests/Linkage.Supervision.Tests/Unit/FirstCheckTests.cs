using Linkage.Kernel;
using Linkage.Supervision.Domain;

namespace Linkage.Supervision.Tests;

/// <summary>A case just accepted is first looked at when the sweep's pass would next look at it, worked out at the
/// acceptance (decision 0645), and a review's steps from the day after their first deadline (0782); in September 2025
/// (Sun Sep 28 worked).</summary>
public sealed class FirstCheckTests
{
    private static readonly DeadlineAlertPolicy Rule = new(1);

    [Fact]
    public void A_case_with_nothing_to_raise_on_its_first_day_is_first_looked_at_on_its_warning_day()
    {
        var watched = Watch(D(1), D(29));
        Assert.Equal(SupervisedCase.CheckNow, watched.NextCheckOn);

        watched.ScheduleFirstCheck(Rule, D(1));

        Assert.Equal(WorkingDayCalendar.China.PreviousWorkingDay(D(29)), watched.NextCheckOn);
        Assert.Equal(DeadlineWatch.Evaluate(watched.ClockFacts(), Rule, D(1)).NextCheckOn, watched.NextCheckOn);
    }

    [Fact]
    public void A_case_warned_on_its_first_day_or_already_late_is_looked_at_now()
    {
        var warned = Watch(D(1), D(2));
        warned.ScheduleFirstCheck(Rule, D(1));
        var late = Watch(D(1), D(12));
        late.ScheduleFirstCheck(Rule, D(15)); // accepted on the 1st, its acceptance read a fortnight later

        Assert.Equal((SupervisedCase.CheckNow, SupervisedCase.CheckNow), (warned.NextCheckOn, late.NextCheckOn));
    }

    [Fact]
    public void A_case_due_in_a_year_whose_holidays_are_not_announced_is_looked_at_now()
    {
        var year = Enumerable.Range(2025, 30).First(y => !WorkingDayCalendar.China.Covers(y));
        var watched = Watch(new DateOnly(year - 1, 12, 20), new DateOnly(year, 1, 20));

        watched.ScheduleFirstCheck(Rule, new DateOnly(year - 1, 12, 20));

        Assert.Equal(SupervisedCase.CheckNow, watched.NextCheckOn);
    }

    [Fact]
    public void A_review_moves_the_check_to_the_day_after_its_first_step_deadline_only_when_that_is_earlier()
    {
        var watched = Watch(D(1), D(29));
        watched.ScheduleFirstCheck(Rule, D(1));
        var warning = watched.NextCheckOn!.Value;

        watched.OpenReview([(Guid.NewGuid(), "dept-a", warning), (Guid.NewGuid(), "dept-b", D(30))], At(D(2)));
        Assert.Equal(warning, watched.NextCheckOn); // the first step is late only after the case's warning day
        watched.OpenReview([(Guid.NewGuid(), "dept-c", D(12)), (Guid.NewGuid(), "dept-d", D(10))], At(D(2)));
        Assert.Equal(D(11), watched.NextCheckOn);
        Assert.Equal(D(11), DeadlineWatch.Evaluate(watched.ClockFacts(), Rule, D(2)).NextCheckOn); // as a pass would write it

        watched.OpenReview([], At(D(2)));
        Assert.Equal(D(11), watched.NextCheckOn);
    }

    private static DateTimeOffset At(DateOnly day) => new(day.ToDateTime(new TimeOnly(10, 0)), TimeSpan.FromHours(8));

    private static SupervisedCase Watch(DateOnly acceptedOn, DateOnly dueDate) => SupervisedCase.Watch(new CaseFacts(
        Guid.NewGuid(), "350926000000-20250901-000001", "matter", "ou-county", "350926000000", "ou-county", "350926000000",
        acceptedOn, dueDate));

    private static DateOnly D(int day) => new(2025, 9, day);
}
