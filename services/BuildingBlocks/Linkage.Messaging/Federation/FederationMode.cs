namespace Linkage.Messaging;

/// <summary><c>Linkage:Federation:Mode</c>: RabbitMQ directly (default) or through the Dapr sidecar.</summary>
public enum FederationMode
{
    RabbitMq,
    Dapr,
}
