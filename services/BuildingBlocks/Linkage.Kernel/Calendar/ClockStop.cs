namespace Linkage.Kernel;

/// <summary>A period when the time limit does not run (行政许可法 Art. 45: hearings, testing, expert review; or
/// waiting for the applicant to supply materials): the dates in [<see cref="From"/>, <see cref="To"/>).</summary>
public sealed record ClockStop
{
    public ClockStop(DateOnly from, DateOnly to)
    {
        if (to < from) throw new ArgumentException($"A clock stop cannot end ({to:yyyy-MM-dd}) before it starts ({from:yyyy-MM-dd}).", nameof(to));
        (From, To) = (from, to);
    }

    public DateOnly From { get; }

    /// <summary>Exclusive: the day the clock runs again.</summary>
    public DateOnly To { get; }

    public bool Covers(DateOnly date) => date >= From && date < To;
}
