using static Linkage.Kernel.Tests.Dates;

namespace Linkage.Kernel.Tests.Calendar;

public sealed class DeadlineClockTests
{
    private static readonly WorkingDayCalendar China = WorkingDayCalendar.China;
    private static readonly DateOnly Monday = D("2026-11-02");

    private static DeadlineClock Clock(int limit, params ClockStop[] stops) => new(China, Monday, limit, stops);

    private static ClockStop Stop(string from, string to) => new(D(from), D(to));

    [Fact]
    public void Without_stops_the_due_date_is_plain_working_day_arithmetic()
    {
        for (var start = D("2025-01-01"); start < D("2026-11-01"); start = start.AddDays(5))
            foreach (var limit in new[] { 0, 1, 10, 20 })
                Assert.Equal(China.AddWorkingDays(start, limit), new DeadlineClock(China, start, limit).DueDate);
    }

    [Fact]
    public void Working_days_inside_a_stop_push_the_due_date_back()
    {
        Assert.Equal(D("2026-11-09"), Clock(5).DueDate); // Nov 3, 4, 5, 6, 9
        Assert.Equal(D("2026-11-11"), Clock(5, Stop("2026-11-04", "2026-11-06")).DueDate); // Nov 4, 5 stopped
    }

    [Fact]
    public void Stops_over_rest_days_before_the_start_or_after_the_due_date_change_nothing()
    {
        var plain = Clock(5).DueDate;
        Assert.Equal(plain, Clock(5, Stop("2026-11-07", "2026-11-09")).DueDate);
        Assert.Equal(plain, Clock(5, Stop("2026-10-20", "2026-11-02")).DueDate);
        Assert.Equal(plain, Clock(5, Stop("2026-11-10", "2026-11-20")).DueDate);
        Assert.Equal(plain, Clock(5, Stop("2026-11-04", "2026-11-04")).DueDate); // empty
    }

    [Fact]
    public void Overlapping_stops_count_each_day_once()
    {
        // Nov 4, 5, 6 stopped: Nov 3, 9, 10, 11, 12
        Assert.Equal(D("2026-11-12"), Clock(5, Stop("2026-11-04", "2026-11-06"), Stop("2026-11-05", "2026-11-07")).DueDate);
    }

    [Fact]
    public void Used_and_remaining_working_days_leave_the_stops_out()
    {
        var clock = Clock(5, Stop("2026-11-04", "2026-11-06"));
        Assert.Equal(0, clock.WorkingDaysUsed(Monday));
        Assert.Equal(0, clock.WorkingDaysUsed(Monday.AddDays(-3)));
        Assert.Equal(2, clock.WorkingDaysUsed(D("2026-11-06"))); // Nov 3 and 6
        Assert.Equal(3, clock.WorkingDaysRemaining(D("2026-11-06")));
        Assert.Equal(5, clock.WorkingDaysUsed(clock.DueDate));
        Assert.Equal(-2, clock.WorkingDaysRemaining(D("2026-11-13")));
        Assert.True(clock.IsStopped(D("2026-11-05")));
        Assert.False(clock.IsStopped(D("2026-11-06")));
    }

    [Fact]
    public void A_stop_across_spring_festival_only_costs_its_working_days()
    {
        // 20 working days from 2026-02-02 end on 2026-03-06; a stop Feb 12–Mar 2 holds Feb 12, 13, 14 (make-up),
        // 24, 25, 26, 27, 28 (make-up): 8 working days, so the due date moves 8 working days to 2026-03-18.
        var clock = new DeadlineClock(China, D("2026-02-02"), 20, [Stop("2026-02-12", "2026-03-02")]);
        Assert.Equal(D("2026-03-18"), clock.DueDate);
    }

    [Fact]
    public void Invalid_arguments_are_refused()
    {
        Assert.Throws<ArgumentException>(() => Stop("2026-11-05", "2026-11-04"));
        Assert.Throws<ArgumentOutOfRangeException>(() => Clock(-1));
    }
}
