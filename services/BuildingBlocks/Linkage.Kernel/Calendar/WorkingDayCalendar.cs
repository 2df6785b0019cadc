namespace Linkage.Kernel;

/// <summary>Working days (工作日) for statutory time limits (行政许可法 Art. 82): Monday–Friday unless a
/// holiday, plus weekend days announced as make-up working days. Asking about a year without data throws
/// <see cref="CalendarNotAnnouncedException"/>; check <see cref="Covers"/> first where that matters.</summary>
public sealed partial class WorkingDayCalendar
{
    private readonly Dictionary<int, CalendarYear> years = [];
    private readonly HashSet<DateOnly> holidays = [];
    private readonly HashSet<DateOnly> makeupWorkdays = [];

    public WorkingDayCalendar(IEnumerable<CalendarYear> announced)
    {
        foreach (var year in announced)
        {
            year.Validate();
            if (!years.TryAdd(year.Year, year)) throw new ArgumentException($"Calendar year {year.Year} is given twice.");
            holidays.UnionWith(year.Holidays);
            makeupWorkdays.UnionWith(year.MakeupWorkdays);
        }
    }

    public IReadOnlyCollection<CalendarYear> Years => years.Values;

    public bool Covers(int year) => years.ContainsKey(year);

    /// <summary>True when the year's data is provisional (statutory days only, no announced arrangement yet).</summary>
    public bool IsProvisional(int year) => years.TryGetValue(year, out var y) && y.Provisional;

    /// <summary>A copy with <paramref name="year"/> added, replacing any data already held for that year.</summary>
    public WorkingDayCalendar With(CalendarYear year) => new(years.Values.Where(y => y.Year != year.Year).Append(year));

    public bool IsWorkingDay(DateOnly date)
    {
        EnsureCovered(date);
        return makeupWorkdays.Contains(date) || (!WeekDays.IsWeekend(date) && !holidays.Contains(date));
    }

    /// <summary>True for a day of an announced break (放假), weekend days inside the break included.</summary>
    public bool IsHoliday(DateOnly date)
    {
        EnsureCovered(date);
        return holidays.Contains(date);
    }

    private void EnsureCovered(DateOnly date)
    {
        if (!Covers(date.Year)) throw new CalendarNotAnnouncedException(date.Year);
    }
}
