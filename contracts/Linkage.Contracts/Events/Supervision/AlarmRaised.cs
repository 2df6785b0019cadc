namespace Linkage.Contracts.Events.Supervision;

/// <summary>A supervision alarm (预警/报警) was raised on a case or one of its steps by the deadline sweep.</summary>
public sealed record AlarmRaised(
    Guid AlarmId,
    Guid CaseId,
    string CaseNumber,
    string Kind,           // "case-deadline" | "step-deadline"
    string Level,          // "yellow" | "red"
    Guid? TaskId,
    string? DepartmentId,
    string HandlingDivision,
    DateOnly Deadline,
    DateTimeOffset RaisedAt);
