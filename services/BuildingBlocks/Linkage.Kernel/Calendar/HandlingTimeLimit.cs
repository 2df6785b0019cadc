namespace Linkage.Kernel;

/// <summary>A legal or committed time limit (法定 / 承诺办理时限). Named HandlingTimeLimit rather than TimeLimit
/// so it does not collide with the catalog contract's generated <c>TimeLimit</c> message in files that use both.</summary>
public sealed record HandlingTimeLimit
{
    public HandlingTimeLimit(int amount, TimeLimitUnit unit)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(amount);
        if (!Enum.IsDefined(unit)) throw new ArgumentOutOfRangeException(nameof(unit), unit, "Unknown time limit unit.");
        (Amount, Unit) = (amount, unit);
    }

    public int Amount { get; }

    public TimeLimitUnit Unit { get; }

    /// <summary>The due date for a case accepted on <paramref name="start"/> (that day not counted). A limit in
    /// calendar days that ends on a rest day or holiday moves to the next working day (民法典 Art. 203).</summary>
    public DateOnly DueFrom(DateOnly start, WorkingDayCalendar calendar)
    {
        if (Unit == TimeLimitUnit.WorkingDays) return calendar.AddWorkingDays(start, Amount);
        var end = start.AddDays(Amount);
        return calendar.IsWorkingDay(end) ? end : calendar.NextWorkingDay(end);
    }

    public override string ToString() => $"{Amount} {(Unit == TimeLimitUnit.WorkingDays ? "working" : "calendar")} days";
}
