namespace Linkage.Kernel;

/// <summary>A time limit in working days that runs from the day after <see cref="Start"/> and pauses during
/// clock stops: every working day inside a stop pushes the due date one working day further.</summary>
public sealed class DeadlineClock
{
    private readonly WorkingDayCalendar calendar;

    public DeadlineClock(WorkingDayCalendar calendar, DateOnly start, int limitWorkingDays, IEnumerable<ClockStop>? stops = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(limitWorkingDays);
        (this.calendar, Start, LimitWorkingDays) = (calendar, start, limitWorkingDays);
        Stops = [.. stops ?? []];
    }

    public DateOnly Start { get; }

    public int LimitWorkingDays { get; }

    public IReadOnlyList<ClockStop> Stops { get; }

    /// <summary>The day the limit runs out. Without stops this is <c>calendar.AddWorkingDays(Start, limit)</c>.</summary>
    public DateOnly DueDate
    {
        get
        {
            var d = Start;
            if (LimitWorkingDays == 0)
            {
                while (!Counts(d)) d = d.AddDays(1);
                return d;
            }
            for (var used = 0; used < LimitWorkingDays;)
            {
                d = d.AddDays(1);
                if (Counts(d)) used++;
            }
            return d;
        }
    }

    /// <summary>Running working days in (Start, <paramref name="asOf"/>]: stopped days are not counted.</summary>
    public int WorkingDaysUsed(DateOnly asOf)
    {
        var used = 0;
        for (var d = Start.AddDays(1); d <= asOf; d = d.AddDays(1))
            if (Counts(d)) used++;
        return used;
    }

    /// <summary>Working days left as of the end of <paramref name="asOf"/>; negative once overdue.</summary>
    public int WorkingDaysRemaining(DateOnly asOf) => LimitWorkingDays - WorkingDaysUsed(asOf);

    public bool IsStopped(DateOnly date) => Stops.Any(s => s.Covers(date));

    private bool Counts(DateOnly date) => calendar.IsWorkingDay(date) && !IsStopped(date);
}
