namespace Linkage.Messaging;

/// <summary>On the deployment's internal bus: an event an operator replayed (<c>./platform messages replay</c>), or
/// that the Dapr sidecar kept retrying past its dead-letter card, has been applied. Supervision resolves the
/// dead-letter and quarantine cards <paramref name="AlarmIds"/> it had raised (decisions 0557, 0613).</summary>
public sealed record FederationEventRecovered(
    IReadOnlyList<Guid> AlarmIds,
    string AppId,
    string EventId,
    string Topic,
    DateTimeOffset AppliedAt);
