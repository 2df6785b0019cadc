namespace Linkage.Intake.Domain;

/// <summary>The pinned entry's committed limit, kept on the case so later steps need not ask the catalog;
/// <paramref name="FeeBearing"/>: the entry lists a fee, so an instant matter finishes only once it is paid (decision 0510).</summary>
public sealed record TimeLimitTerms(int Amount, bool CalendarDays, bool Instant, bool FeeBearing = false)
{
    public DateOnly DueFrom(DateOnly acceptedOn) => Instant ? acceptedOn : CalendarDays
        ? acceptedOn.AddDays(Amount)
        : Kernel.WorkingDayCalendar.China.AddWorkingDays(acceptedOn, Amount);
}
