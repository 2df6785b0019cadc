namespace Linkage.Messaging;

/// <summary>On the deployment's internal bus: an event an operator replayed (<c>./platform messages replay</c>), or
/// that the Dapr sidecar kept retrying past its dead-letter card, has been applied; or a parked row of the outbox
/// crossed at a later try (0673). Supervision resolves the dead-letter and quarantine cards <paramref name="AlarmIds"/>
/// it had raised (decisions 0557, 0613) with <paramref name="Note"/>, which says which of these happened (0687; absent
/// from an event sent before, which was a replay).</summary>
public sealed record FederationEventRecovered(
    IReadOnlyList<Guid> AlarmIds,
    string AppId,
    string EventId,
    string Topic,
    DateTimeOffset AppliedAt,
    string? Note = null);
