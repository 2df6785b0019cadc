namespace Linkage.Gateway.Listeners;

/// <summary>Which Kestrel endpoint a request arrived on. Endpoints without <see cref="ListenerMetadata"/>
/// belong to <see cref="Http"/>; the gRPC port serves gRPC pass-through only.</summary>
public enum GatewayListener
{
    Http,
    Grpc,
}
