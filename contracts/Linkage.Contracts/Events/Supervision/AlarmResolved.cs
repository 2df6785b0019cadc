namespace Linkage.Contracts.Events.Supervision;

/// <summary>The alarm is closed: by a person, or by "system" when the case finished, the step was decided or the
/// deadline moved.</summary>
public sealed record AlarmResolved(Guid AlarmId, Guid CaseId, string By, DateTimeOffset At, string? Note);
