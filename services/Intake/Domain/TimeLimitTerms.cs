namespace Linkage.Intake.Domain;

/// <summary>The pinned entry's committed limit, kept on the case so later steps need not ask the catalog.</summary>
public sealed record TimeLimitTerms(int Amount, bool CalendarDays, bool Instant)
{
    public DateOnly DueFrom(DateOnly acceptedOn) => Instant ? acceptedOn : CalendarDays
        ? acceptedOn.AddDays(Amount)
        : Kernel.WorkingDayCalendar.China.AddWorkingDays(acceptedOn, Amount);
}
