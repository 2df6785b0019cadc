namespace Linkage.Messaging;

/// <summary>On the deployment's internal bus: an event an operator replayed (<c>./platform messages replay</c>) has
/// been applied. Supervision resolves the dead-letter cards <paramref name="AlarmIds"/> it had raised (decision 0557).</summary>
public sealed record FederationEventRecovered(
    IReadOnlyList<Guid> AlarmIds,
    string AppId,
    string EventId,
    string Topic,
    DateTimeOffset AppliedAt);
