namespace Linkage.Gateway.Listeners;

/// <summary>Endpoint metadata: the listener an endpoint may be reached on.</summary>
public sealed record ListenerMetadata(GatewayListener Listener)
{
    public static readonly ListenerMetadata Grpc = new(GatewayListener.Grpc);
    public static readonly ListenerMetadata Http = new(GatewayListener.Http);
}
