namespace Linkage.Messaging;

/// <summary>On the deployment's internal bus: a federation event failed every attempt and went to <c>dlq-*</c>.
/// Supervision raises a red card for it under <paramref name="Division"/>, as for a quarantined one (decision 0557).</summary>
public sealed record FederationEventDeadLettered(
    Guid AlarmId,
    string AppId,
    string EventId,
    string Topic,
    string Reason,
    string Division,
    DateTimeOffset DeadLetteredAt);
