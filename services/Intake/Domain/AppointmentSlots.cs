using Linkage.Kernel;

namespace Linkage.Intake.Domain;

/// <summary>The bookable grid: half-hour slots 09:00–11:30 and 14:00–17:00 on working days, from tomorrow up to
/// 30 days ahead. Answers why a slot is not bookable, or null.</summary>
public static class AppointmentSlots
{
    public const int DaysAhead = 30;
    private static readonly TimeOnly[] Starts =
        [.. Grid(new TimeOnly(9, 0), new TimeOnly(11, 30)), .. Grid(new TimeOnly(14, 0), new TimeOnly(17, 0))];

    public static IReadOnlyList<TimeOnly> All => Starts;

    public static string? Violation(DateOnly date, TimeOnly start, DateOnly today)
    {
        if (date <= today || date > today.AddDays(DaysAhead)) return $"Book from tomorrow up to {DaysAhead} days ahead.";
        if (!WorkingDayCalendar.China.IsWorkingDay(date)) return "The centre is closed that day.";
        return Starts.Contains(start) ? null : "Slots start on the half hour, 09:00–11:30 and 14:00–17:00.";
    }

    private static IEnumerable<TimeOnly> Grid(TimeOnly from, TimeOnly to)
    {
        for (var t = from; t <= to; t = t.AddMinutes(30)) yield return t;
    }
}
