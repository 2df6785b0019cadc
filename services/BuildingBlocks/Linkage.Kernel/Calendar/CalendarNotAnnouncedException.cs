namespace Linkage.Kernel;

/// <summary>Working days were asked for a year the calendar has no data for. Deliberately loud: guessing
/// (weekends only) would silently produce wrong statutory deadlines around the holidays.</summary>
public sealed class CalendarNotAnnouncedException(int year)
    : InvalidOperationException($"No working-day calendar is loaded for {year}: add that year's State Council holiday notice to the calendar data.")
{
    public int Year { get; } = year;
}
