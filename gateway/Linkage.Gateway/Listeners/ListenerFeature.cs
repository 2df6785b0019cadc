namespace Linkage.Gateway.Listeners;

/// <summary>Set on every connection accepted by the <c>Grpc</c> Kestrel endpoint; request features fall back
/// to connection features, so routing sees it on each HTTP/2 stream. Absent means <see cref="GatewayListener.Http"/>.</summary>
public sealed class ListenerFeature
{
    public static readonly ListenerFeature Grpc = new(GatewayListener.Grpc);

    private ListenerFeature(GatewayListener listener) => Listener = listener;

    public GatewayListener Listener { get; }

    public static GatewayListener Of(HttpContext http) => http.Features.Get<ListenerFeature>()?.Listener ?? GatewayListener.Http;
}
