namespace Linkage.Kernel;

/// <summary>One year as announced by the State Council (or a province): the days off (放假, weekdays and
/// the weekend days inside a break alike) and the weekend days that are worked (调休上班). A provisional year holds
/// only the statutory days until the year's notice is out, so deadlines do not stop working at a year boundary.</summary>
public sealed record CalendarYear(
    int Year,
    IReadOnlyCollection<DateOnly> Holidays,
    IReadOnlyCollection<DateOnly> MakeupWorkdays,
    string? Notice = null,
    bool Provisional = false)
{
    internal void Validate()
    {
        foreach (var d in Holidays.Concat(MakeupWorkdays).Where(d => d.Year != Year))
            throw new ArgumentException($"Calendar year {Year} lists {d:yyyy-MM-dd}, which belongs to another year.");
        foreach (var d in MakeupWorkdays.Where(d => !WeekDays.IsWeekend(d)))
            throw new ArgumentException($"Make-up working day {d:yyyy-MM-dd} is not a Saturday or Sunday.");
        foreach (var d in MakeupWorkdays.Intersect(Holidays))
            throw new ArgumentException($"{d:yyyy-MM-dd} is listed both as a holiday and as a make-up working day.");
    }
}
