namespace Linkage.Messaging;

/// <summary>On the deployment's internal bus: a federation event was refused and put in <c>{AppId}-quarantine</c>.
/// Supervision raises a red card for it under <paramref name="Division"/> (decision 0624).</summary>
public sealed record FederationEventQuarantined(
    Guid AlarmId,
    string AppId,
    string? EventId,
    string Topic,
    string Reason,
    string Division,
    DateTimeOffset QuarantinedAt);
