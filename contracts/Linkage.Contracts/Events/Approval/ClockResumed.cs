namespace Linkage.Contracts.Events.Approval;

/// <summary>The case's clock runs again; open deadlines moved by <see cref="StoppedWorkingDays"/>.</summary>
public sealed record ClockResumed(
    Guid CaseId,
    string CaseNumber,
    string Kind,           // what had stopped it, as in ClockStopped
    int StoppedWorkingDays,
    DateOnly DueDate,
    DateOnly ResumedOn,
    DateTimeOffset ResumedAt);
