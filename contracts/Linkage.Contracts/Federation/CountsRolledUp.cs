namespace Linkage.Contracts.Federation;

/// <summary>One daily counter row of a child deployment's supervision figures, whole, sent to the tier above when it
/// changed (docs/decisions/0520). <see cref="Sequence"/> is the row's version, also the envelope's sequence: rows carry
/// their whole state, so the receiver keeps the highest version and a replay or a late older version changes
/// nothing. The key is (day, handling division, unit, matter, window, department).</summary>
public sealed record CountsRolledUp(
    DateOnly Day,
    string HandlingDivision,
    string HandlingOrgUnitId,
    string MatterCode,
    string WindowId,
    string DepartmentId,
    long Sequence,
    CountsRolledUp.Figures Counts)
{
    public const string Type = "linkage.supervision.counts-rolled-up.v1";

    /// <summary>The counters, as supervision keeps them. <see cref="Accepted"/> (受理) came with decision 0509, which made
    /// <see cref="Received"/> 收件 (accepted or not); a child not yet sending it leaves it null, and its <see cref="Received"/>
    /// still counts what it counted then: acceptances.</summary>
    public sealed record Figures(
        int Received, int Completed, int OnTime, int Early, int Instant, int CompletedLate, int StoppedWorkingDays, int Yellow,
        int Red, int Ratings, int GradeSum, int Satisfied, int Online, int RectificationsClosed, int RectificationsOverdue,
        int OnSite = 0, // added with decision 0586; a child deployment not yet sending it counts none
        int? Accepted = null);
}
