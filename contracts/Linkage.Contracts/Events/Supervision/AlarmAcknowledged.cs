namespace Linkage.Contracts.Events.Supervision;

/// <summary>Someone in the handling unit's subtree took note of the alarm.</summary>
public sealed record AlarmAcknowledged(Guid AlarmId, Guid CaseId, string By, DateTimeOffset At);
