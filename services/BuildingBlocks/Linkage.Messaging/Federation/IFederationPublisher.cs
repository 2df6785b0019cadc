namespace Linkage.Messaging;

/// <summary>Port of the federation bus: completes once the broker (or the Dapr sidecar) has accepted the event.</summary>
public interface IFederationPublisher
{
    Task PublishAsync(FederationEvent e, CancellationToken ct);
}
