namespace Linkage.Intake.Domain;

/// <summary>What happened to a case in one unit of work, kept in memory until the save path announces it.</summary>
public abstract record CaseChange
{
    private CaseChange() { }

    /// <summary>Taken in: announced as submitted, then as whatever the two-slip decision made of it.</summary>
    public sealed record Received : CaseChange;

    /// <summary>A notice was issued or the clock ran out: the new status is announced.</summary>
    public sealed record Moved : CaseChange;

    /// <summary>Materials arrived for a case under review or accepted with 容缺 (<paramref name="Codes"/>, at <paramref name="At"/>).</summary>
    public sealed record Supplied(IReadOnlyList<string> Codes, DateTimeOffset At) : CaseChange;

    /// <summary>The competent unit's copy of a forwarded case changed: the station that took it hears
    /// <paramref name="Status"/> (completed, awaiting-supplement) over the federation bus.</summary>
    public sealed record StationTold(string Status, DateTimeOffset At, string? Outcome = null, IReadOnlyList<string>? Materials = null,
        string? Reason = null) : CaseChange;
}
