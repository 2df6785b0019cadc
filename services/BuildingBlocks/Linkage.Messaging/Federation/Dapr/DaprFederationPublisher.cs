using Dapr.Client;

namespace Linkage.Messaging;

/// <summary>Publishes through the Dapr sidecar as a CloudEvent the app wrote itself: data content type
/// <c>application/cloudevents+json</c>, so Dapr keeps our id, source, type, subject, time and <c>targetdivision</c>
/// and only adds what is missing (topic, pubsubname, trace context). <c>PublishByteEventAsync</c> sends the same
/// PublishEvent request as <c>PublishEventAsync</c> with a <c>Dapr.CloudEvent</c>, with our exact bytes. See 0013.</summary>
internal sealed class DaprFederationPublisher(DaprClient dapr, FederationOptions options) : IFederationPublisher
{
    public Task PublishAsync(FederationEvent e, CancellationToken ct) =>
        dapr.PublishByteEventAsync(options.PubSubName, e.Type, e.ToJsonBytes(), FederationEvent.CloudEventsContentType,
            cancellationToken: ct);
}
